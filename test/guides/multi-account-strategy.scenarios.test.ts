import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { recommend } from './recommend';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('multi-account-strategy');

/** Situations from the seed's IAM & Identity (S1.Q8) and landing-zone (S10.Q5) questions. */
const scenarios: Scenario[] = [
  { situation: 'one team, dev/staging/prod in one account until a script dropped a prod table', answers: { cloud: 'aws', teams: 1, environments: 3, sharedNetwork: 'no' }, expected: 'per-environment' },
  { situation: 'one team sharing a data-centre link between dev and prod', answers: { cloud: 'aws', teams: 1, environments: 2, sharedNetwork: 'yes' }, expected: 'per-environment' },
  // The cut: a second team turns environment accounts into team-and-environment accounts.
  { situation: 'two teams, tickets to the platform group', answers: { cloud: 'aws', teams: 2, environments: 3, sharedNetwork: 'yes', vending: 'console' }, expected: 'account-factory' },
  { situation: 'two teams, accounts as code', answers: { cloud: 'aws', teams: 2, environments: 3, sharedNetwork: 'no', vending: 'terraform-git' }, expected: 'aft' },
  { situation: 'forty teams, a Terraform platform team', answers: { cloud: 'aws', teams: 40, environments: 3, sharedNetwork: 'yes', vending: 'terraform-git' }, expected: 'aft' },
  { situation: 'five teams, a couple of accounts a quarter', answers: { cloud: 'aws', teams: 5, environments: 2, sharedNetwork: 'no', vending: 'console' }, expected: 'account-factory' },
  { situation: 'six teams moving to Google Cloud with a central network', answers: { cloud: 'gcp', teams: 6, environments: 2, sharedNetwork: 'yes' }, expected: 'gcp-folders' },
  { situation: 'one team on Google Cloud', answers: { cloud: 'gcp', teams: 1, environments: 3, sharedNetwork: 'no' }, expected: 'gcp-folders' },
  { situation: 'ten teams on Azure with a hub network', answers: { cloud: 'azure', teams: 10, environments: 3, sharedNetwork: 'yes' }, expected: 'azure-management-groups' },
];

const render = (answers: Record<string, string | number>, values: Record<string, string> = {}) => recommend('multi-account-strategy', answers, values).rec;
const nodeIds = (answers: Record<string, string | number>) => recommend('multi-account-strategy', answers).arch.nodes.map((n) => n.id);

describe('multi-account-strategy guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('counts the accounts: teams × environments, plus management, Log Archive, Audit and (with a central network) Network', () => {
    expect(figureValue(guide, 'aft', /Workload accounts/, { teams: 40, environments: 3 })).toBe(120);
    expect(figureValue(guide, 'aft', /with management, Log Archive, Audit and Network/, { teams: 40, environments: 3 })).toBe(124);
    expect(figureValue(guide, 'per-environment', /with management, Log Archive and Audit\)/, { teams: 1, environments: 3 })).toBe(6);
  });

  it('shares subnets with the Workloads OU and forbids workload VPCs only with a central network for several teams', () => {
    const shared = render({ cloud: 'aws', teams: 4, environments: 2, sharedNetwork: 'yes', vending: 'console' });
    expect(shared.artefacts!.map((a) => a.id)).toEqual(['account-factory-request', 'workload-baseline', 'no-own-networks', 'ram-share']);
    const own = render({ cloud: 'aws', teams: 4, environments: 2, sharedNetwork: 'no', vending: 'console' });
    expect(own.artefacts!.map((a) => a.id)).toEqual(['account-factory-request', 'workload-baseline']);
  });

  it('shares the Transit Gateway, not subnets, when one team keeps its environments apart', () => {
    const rec = render({ cloud: 'aws', teams: 1, environments: 2, sharedNetwork: 'yes' });
    expect(rec.artefacts!.map((a) => a.id)).toEqual(['workload-baseline', 'ram-share-tgw']);
    expect(rec.artefacts!.find((a) => a.id === 'ram-share-tgw')!.text).toMatch(/transit-gateway\/tgw-/);
  });

  it('writes the team and environment into the AFT account request', () => {
    const rec = render({ cloud: 'aws', teams: 12, environments: 3, sharedNetwork: 'yes', vending: 'terraform-git' }, { teamName: 'checkout', envName: 'staging' });
    const request = JSON.parse(rec.artefacts!.find((a) => a.id === 'aft-account-request')!.text);
    expect(Object.keys(request.module)).toEqual(['checkout-staging']);
    expect(request.module['checkout-staging'].account_tags).toEqual({ team: 'checkout', environment: 'staging' });
  });

  it('draws the Network account and RAM only with a central network', () => {
    const ids = (sharedNetwork: string) => nodeIds({ cloud: 'aws', teams: 3, environments: 2, sharedNetwork, vending: 'console' });
    expect(ids('yes')).toEqual(expect.arrayContaining(['tgw', 'ram']));
    expect(ids('no')).not.toContain('ram');
  });

  it('joins the composed architecture through its compose declarations: the workload stand-ins give way to the compute guide\'s tasks', () => {
    const d = decide(guide, { cloud: 'aws', teams: 4, environments: 3, sharedNetwork: 'yes', vending: 'console' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'multi-account-strategy/app-prod')).toBe(false);
    expect(m.edges.some((e) => e.from === 'multi-account-strategy/scp' && e.to.startsWith('compute/'))).toBe(true);
  });
});
