import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('delivery-model');

/** Situations from the seed's Well-Architected section (S10.Q3), and the delivery model a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'serverless stacks deployed by an existing CI with a stored key', answers: { target: 'aws-services', ciPlatform: 'existing-ci' }, expected: 'push-oidc' },
  { situation: 'one EKS cluster, CI may deploy with a short-lived role', answers: { target: 'kubernetes', ciPlatform: 'existing-ci', clusterCredentials: 'ci-may-deploy' }, expected: 'push-oidc' },
  { situation: 'thirty private clusters, no outside write access', answers: { target: 'kubernetes', ciPlatform: 'existing-ci', clusterCredentials: 'no-outside-access' }, expected: 'gitops-pull' },
  { situation: 'AWS-only builds for clusters that must pull their own changes', answers: { target: 'kubernetes', ciPlatform: 'aws-native', clusterCredentials: 'no-outside-access' }, expected: 'gitops-pull' },
  { situation: 'AWS-only builds, pipeline may deploy to the clusters', answers: { target: 'kubernetes', ciPlatform: 'aws-native', clusterCredentials: 'ci-may-deploy' }, expected: 'codepipeline-cross-account' },
  { situation: 'a bank whose stacks must be deployed from inside its accounts', answers: { target: 'aws-services', ciPlatform: 'aws-native' }, expected: 'codepipeline-cross-account' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d);
};

describe('delivery-model guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('trusts only one repository environment, and the workflow asks for an OIDC token', () => {
    const r = recommend({ target: 'kubernetes', ciPlatform: 'existing-ci', clusterCredentials: 'ci-may-deploy' });
    const trust = JSON.parse(r.artefacts!.find((a) => a.id === 'deploy-role-trust')!.text) as { Statement: { Condition: { StringEquals: Record<string, string> } }[] };
    expect(trust.Statement[0]!.Condition.StringEquals['token.actions.githubusercontent.com:sub']).toBe('repo:my-org/orders-api:environment:production');
    const workflow = r.artefacts!.find((a) => a.id === 'workflow-eks')!.text;
    expect(workflow).toContain('id-token: write');
    expect(workflow).toContain('--wait --timeout 10m');
    expect(r.notes.join(' ')).toMatch(/\(1\) quality gate.*\(8\) production canary/);
  });

  it('lets Argo CD prune and self-heal, and names the default sync interval', () => {
    const r = recommend({ target: 'kubernetes', ciPlatform: 'existing-ci', clusterCredentials: 'no-outside-access' });
    expect(r.artefacts!.map((a) => a.id)).toEqual(['argocd-application']);
    expect(r.artefacts![0]!.text).toMatch(/prune: true\n\s+selfHeal: true/);
    expect(r.notes.join(' ')).toMatch(/every 3 minutes by default/);
  });
});
