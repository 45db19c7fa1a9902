import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('workforce-access');

const aws = { cloud: 'aws', need: 'everyday', awsClient: 'console-cli' } as const;
const azure = { cloud: 'azure', need: 'everyday' } as const;

/** Situations from the seed's IAM & Identity section (S1.Q4/Q7): how people sign in, and the way in when that fails. */
const scenarios: Scenario[] = [
  { situation: '800 engineers on shared IAM users, staff in Okta, an 8-hour working day', answers: { ...aws, directory: 'corporate-idp', sessionHours: 8 }, expected: 'identity-center' },
  { situation: 'a start-up without a directory, 4-hour admin sessions', answers: { ...aws, directory: 'none', sessionHours: 4 }, expected: 'identity-center' },
  { situation: 'the longest session a permission set allows: 12 hours', answers: { ...aws, directory: 'corporate-idp', sessionHours: 12 }, expected: 'identity-center' },
  { situation: 'a desktop transfer tool that takes only a key pair', answers: { ...aws, awsClient: 'key-only-tool' }, expected: 'iam-user-exception' },
  { situation: 'the identity provider is down and production must still be reachable', answers: { cloud: 'aws', need: 'emergency' }, expected: 'break-glass' },
  { situation: 'twelve standing subscription owners, 4-hour activations', answers: { ...azure, azureScope: 'resources', activationHours: 4 }, expected: 'pim-azure-resources' },
  { situation: 'the default 8-hour activation for resource roles', answers: { ...azure, azureScope: 'resources', activationHours: 8 }, expected: 'pim-azure-resources' },
  { situation: 'helpdesk staff with permanent Global Administrator, 2-hour activations', answers: { ...azure, azureScope: 'directory', activationHours: 2 }, expected: 'pim-entra-roles' },
  { situation: 'directory admins on the longest activation the setting accepts: 24 hours', answers: { ...azure, azureScope: 'directory', activationHours: 24 }, expected: 'pim-entra-roles' },
  { situation: 'a Conditional Access mistake locked every admin out of the tenant', answers: { cloud: 'azure', need: 'emergency' }, expected: 'break-glass' },
  { situation: 'a Workspace company moving analytics to Google Cloud', answers: { cloud: 'gcp', need: 'everyday', gcpDirectory: 'google' }, expected: 'gcp-cloud-identity' },
  { situation: 'Entra ID users may be mirrored into Cloud Identity', answers: { cloud: 'gcp', need: 'everyday', gcpDirectory: 'external', googleAccounts: 'mirror' }, expected: 'gcp-cloud-identity' },
  { situation: 'a bank forbids copies of staff accounts: federate, 8-hour sessions', answers: { cloud: 'gcp', need: 'everyday', gcpDirectory: 'external', googleAccounts: 'federate-only', sessionHours: 8 }, expected: 'gcp-workforce-federation' },
  { situation: 'a super admin that survives a SAML outage', answers: { cloud: 'gcp', need: 'emergency' }, expected: 'break-glass' },
];

const render = (answers: Record<string, string | number>, values: Record<string, string> = {}) => recommend('workforce-access', answers, values).rec;
const nodeIds = (answers: Record<string, string | number>) => recommend('workforce-access', answers).arch.nodes.map((n) => n.id);

describe('workforce-access guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('writes the session length into the permission set as an ISO-8601 duration', () => {
    const rec = render({ ...aws, directory: 'corporate-idp', sessionHours: 8 }, { permissionSetName: 'PlatformAdmin', accountId: '210987654321' });
    const cli = rec.artefacts!.find((a) => a.id === 'permission-set')!.text;
    expect(cli).toMatch(/--session-duration PT8H/);
    expect(cli).toMatch(/--name PlatformAdmin/);
    expect(cli).toMatch(/--target-id 210987654321/);
    expect(cli).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('blocks IAM users and keys for everyone but the named platform role', () => {
    const rec = render({ ...aws, directory: 'none', sessionHours: 2 }, { platformRole: 'CloudPlatform' });
    const scp = JSON.parse(rec.artefacts!.find((a) => a.id === 'no-iam-users')!.text);
    expect(scp.Statement[0].Action).toEqual(['iam:CreateUser', 'iam:CreateLoginProfile', 'iam:CreateAccessKey']);
    expect(scp.Statement[0].Condition.ArnNotLike['aws:PrincipalARN']).toBe('arn:aws:iam::*:role/CloudPlatform');
  });

  it('refuses a session longer than a permission set allows and names the range', () => {
    const result = decide(guide, { ...aws, directory: 'corporate-idp', sessionHours: 13 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/1 to 12 hours/);
  });

  it('pins the key-only tool to the address ranges the user types', () => {
    const rec = render({ ...aws, awsClient: 'key-only-tool' }, { toolCidr: '198.51.100.0/24, 203.0.113.7/32' });
    const policy = JSON.parse(rec.artefacts!.find((a) => a.id === 'tool-user-policy')!.text);
    expect(policy.Statement[1].Condition.NotIpAddress['aws:SourceIp']).toEqual(['198.51.100.0/24', '203.0.113.7/32']);
  });

  it('sets the PIM maximum activation to the answer, for resource roles and for Entra roles', () => {
    const resources = JSON.parse(render({ ...azure, azureScope: 'resources', activationHours: 4 }).artefacts![0]!.text);
    expect(resources.properties.rules[0].maximumDuration).toBe('PT4H');
    const directory = JSON.parse(render({ ...azure, azureScope: 'directory', activationHours: 2 }).artefacts![0]!.text);
    expect(directory.maximumDuration).toBe('PT2H');
  });

  it('adds the raise-the-maximum note only above the 8-hour default', () => {
    const notes = (hours: number) => render({ ...azure, azureScope: 'resources', activationHours: hours }).notes.join(' ');
    expect(notes(8)).not.toMatch(/more than the 8-hour default/);
    expect(notes(9)).toMatch(/more than the 8-hour default/);
  });

  it('draws only the chosen cloud\'s emergency identities and alarms only on AWS', () => {
    const rec = render({ cloud: 'azure', need: 'emergency' });
    expect(rec.artefacts ?? []).toEqual([]);
    expect(nodeIds({ cloud: 'azure', need: 'emergency' })).toEqual(expect.arrayContaining(['az-accounts', 'az-log']));
    expect(nodeIds({ cloud: 'azure', need: 'emergency' }).some((id) => id.startsWith('aws-') || id.startsWith('gcp-'))).toBe(false);
    expect(render({ cloud: 'aws', need: 'emergency' }).artefacts!.map((a) => a.id)).toEqual(['alarm-rule']);
  });

  it('joins the composed architecture: staff are the shared users, and Identity Center grants access to the compute guide\'s tasks', () => {
    const d = decide(guide, { ...aws, directory: 'corporate-idp', sessionHours: 8 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.edges.some((e) => e.from === '@users' && e.to === 'workforce-access/idp')).toBe(true);
    expect(m.edges.some((e) => e.from === 'workforce-access/sso' && e.to.startsWith('compute/'))).toBe(true);
  });
});
