import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';

/**
 * The guardrail guide's policies do what they say: each generated document is run through
 * AWS's evaluation logic as implemented by @cloud-copilot/iam-simulate (a dev dependency,
 * AGPL, never shipped) on example requests. We evaluate nothing ourselves.
 */

const guide = loadGuide('access-guardrails');
const ACCOUNT = '210987654321';

function artefact(answers: Record<string, string | number>, id: string, values: Record<string, string> = {}): unknown {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error('no outcome');
  const a = buildRecommendation(guide, realLibrary().catalog, d, values).artefacts?.find((x) => x.id === id);
  if (!a) throw new Error(`no artefact ${id}`);
  return JSON.parse(a.text);
}

const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

async function outcomeOf(simulation: Simulation): Promise<string> {
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') throw new Error(JSON.stringify(response.errors));
  return response.overallResult;
}

describe('access guardrails, simulated', () => {
  const regionLock = artefact({ cloud: 'aws', goal: 'ceiling', accountCount: 12 }, 'region-lock', { approvedRegions: 'eu-west-1, eu-central-1' });
  const sendMessage = (region: string, principal = `arn:aws:iam::${ACCOUNT}:role/app`): Simulation => ({
    identityPolicies: [{ name: 'app', policy: allowAll }],
    serviceControlPolicies: [{ orgIdentifier: 'ou-ab12-workloads', policies: [{ name: 'FullAWSAccess', policy: allowAll }, { name: 'RegionLock', policy: regionLock }] }],
    resourceControlPolicies: [],
    request: {
      action: 'sqs:SendMessage',
      principal,
      resource: { accountId: ACCOUNT, resource: `arn:aws:sqs:${region}:${ACCOUNT}:orders` },
      contextVariables: { 'aws:RequestedRegion': region, 'aws:PrincipalArn': principal },
    },
  });

  it('lets a request into an approved Region through the Region lock', async () => {
    expect(await outcomeOf(sendMessage('eu-central-1'))).toBe('Allowed');
  });

  it('denies the same request in a Region the user did not approve, even with an allow-all identity policy', async () => {
    expect(await outcomeOf(sendMessage('ap-southeast-2'))).toBe('ExplicitlyDenied');
  });

  it('lets the break-glass role through anywhere', async () => {
    expect(await outcomeOf(sendMessage('ap-southeast-2', `arn:aws:iam::${ACCOUNT}:role/OrganizationAccountAccessRole`))).toBe('Allowed');
  });

  it('lets developers create a role only with the boundary attached', async () => {
    const delegation = artefact({ cloud: 'aws', goal: 'delegate' }, 'delegation', { accountId: ACCOUNT });
    const createRole = (boundary?: string): Simulation => ({
      identityPolicies: [{ name: 'delegation', policy: delegation }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        action: 'iam:CreateRole',
        principal: `arn:aws:iam::${ACCOUNT}:role/developer`,
        resource: { accountId: ACCOUNT, resource: `arn:aws:iam::${ACCOUNT}:role/app/orders-fn` },
        contextVariables: boundary ? { 'iam:PermissionsBoundary': boundary } : {},
      },
    });
    expect(await outcomeOf(createRole(`arn:aws:iam::${ACCOUNT}:policy/DeveloperBoundary`))).toBe('Allowed');
    expect(await outcomeOf(createRole(`arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess`))).toBe('ImplicitlyDenied');
    expect(await outcomeOf(createRole())).toBe('ImplicitlyDenied');
  });

  it('caps a delegated role by the boundary whatever its own policy allows', async () => {
    const boundary = artefact({ cloud: 'aws', goal: 'delegate' }, 'boundary', { accountId: ACCOUNT });
    const asDelegatedRole = (action: string, resource: string): Simulation => ({
      identityPolicies: [{ name: 'generous', policy: allowAll }],
      permissionBoundaryPolicies: [{ name: 'DeveloperBoundary', policy: boundary }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: { action, principal: `arn:aws:iam::${ACCOUNT}:role/app/orders-fn`, resource: { accountId: ACCOUNT, resource }, contextVariables: {} },
    });
    expect(await outcomeOf(asDelegatedRole('dynamodb:PutItem', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`))).toBe('Allowed');
    expect(await outcomeOf(asDelegatedRole('iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/someone`))).toBe('ExplicitlyDenied');
    expect(await outcomeOf(asDelegatedRole('ec2:TerminateInstances', `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0123456789abcdef0`))).toBe('ImplicitlyDenied');
  });
});
