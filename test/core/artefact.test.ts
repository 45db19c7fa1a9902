import { describe, expect, it } from 'vitest';
import { paramError, renderArtefact } from '../../src/core/guide/artefact';
import { iamNameProblems } from '../../src/core/guide/artefact-iam';
import { lintArtefacts } from '../../src/core/guide/artefact-lint';
import { policyShapeProblems } from '../../src/core/guide/artefact-policy';
import { guideSchema, type Guide } from '../../src/core/guide/schema';

/** A two-outcome guide whose outcome carries artefacts, as the file format allows. */
function guideWith(artefacts: unknown[]): Guide {
  const outcome = (id: string, other: string, extra: object = {}) => ({
    id, title: id, services: ['aws.iam-role'], summary: 's', rationale: 'r', whyNot: { [other]: 'w' },
    facts: [{ kind: 'behaviour', text: 'f', section: 'iam-identity' }],
    diagram: { nodes: [{ id: 'n', service: 'aws.iam-role', why: 'y' }] }, ...extra,
  });
  return guideSchema.parse({
    id: 'g', title: 'G', purpose: 'p', section: 'iam-identity', version: 1, start: 'where',
    questions: [
      { id: 'where', kind: 'choice', prompt: 'Where?', help: 'h', choices: [{ value: 'ec2', label: 'EC2', description: 'd' }, { value: 'lambda', label: 'Lambda', description: 'd' }], next: [{ to: 'minutes' }] },
      { id: 'minutes', kind: 'number', prompt: 'How long?', help: 'h', unit: 'minutes', min: 15, max: 720, integer: true, bands: [{ id: 'short', label: 'short', below: 61 }, { id: 'long', label: 'long' }], next: [{ when: { q: 'where', is: 'ec2' }, to: 'outcome:a' }, { to: 'outcome:b' }] },
    ],
    outcomes: [outcome('a', 'b', { artefacts }), outcome('b', 'a')],
  });
}

const region = { id: 'regions', label: 'Approved Regions', default: 'us-east-1, eu-west-1', pattern: '[a-z]{2}-[a-z]+-\\d', hint: 'Region codes such as eu-west-1', list: true };
const scp = {
  id: 'region-lock', title: 'Region lock', kind: 'scp', description: 'd', params: [region],
  document: { Version: '2012-10-17', Statement: [{ Sid: 'DenyOtherRegions', Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['{regions}'] } } }] },
};

describe('rendering an artefact', () => {
  it('expands a list parameter into one array item per value the user typed', () => {
    const guide = guideWith([scp]);
    const r = renderArtefact(guide, guide.outcomes[0]!.artefacts[0]!, { where: 'ec2', minutes: 30 }, { regions: 'eu-central-1 ,  eu-west-3,' });
    const doc = JSON.parse(r.text);
    expect(doc.Statement[0].Condition.StringNotEquals['aws:RequestedRegion']).toEqual(['eu-central-1', 'eu-west-3']);
  });

  it('keeps the default and names the bad value when a typed value breaks the pattern', () => {
    const guide = guideWith([scp]);
    const r = renderArtefact(guide, guide.outcomes[0]!.artefacts[0]!, { where: 'ec2' }, { regions: 'eu-west-1, Mars' });
    expect(r.params[0]!.error).toBe('Approved Regions: "Mars" is not allowed; Region codes such as eu-west-1');
    expect(JSON.parse(r.text).Statement[0].Condition.StringNotEquals['aws:RequestedRegion']).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('fills answers as raw values, numbers as numbers, and leaves IAM policy variables alone', () => {
    const guide = guideWith([{
      id: 'trust', title: 't', kind: 'trust-policy', description: 'd',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: '{where}.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' }, NumericLessThan: { 'aws:MultiFactorAuthAge': '{minutes}' } } }] },
    }]);
    const r = renderArtefact(guide, guide.outcomes[0]!.artefacts[0]!, { where: 'ec2', minutes: 45 });
    const s = (r.document as { Statement: { Principal: { Service: string }; Condition: Record<string, Record<string, unknown>> }[] }).Statement[0]!;
    expect(s.Principal.Service).toBe('ec2.amazonaws.com');
    expect(s.Condition.NumericLessThan!['aws:MultiFactorAuthAge']).toBe(45);
    expect(s.Condition.StringEquals!['aws:PrincipalTag/owner']).toBe('${aws:username}');
  });

  it('rejects an empty value with a message naming the parameter', () => {
    expect(paramError({ ...region, list: true }, ' , ')).toBe('Approved Regions: enter a value (Region codes such as eu-west-1)');
  });
});

describe('linting artefacts', () => {
  it('reports a placeholder that names nothing, and a default that fails its own pattern', () => {
    const guide = guideWith([{ ...scp, params: [{ ...region, default: 'moon-1' }], document: { ...scp.document, Id: '{nothing}' } }]);
    const messages = lintArtefacts(guide, 'g.json').map((p) => p.message);
    expect(messages).toContain('{nothing} names neither a parameter nor a question');
    expect(messages.some((m) => m.startsWith('the default does not pass its own check'))).toBe(true);
  });

  it('reports a policy of the wrong shape for its kind on the path that shows it', () => {
    const guide = guideWith([{ id: 'bad', title: 't', kind: 'trust-policy', description: 'd', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }]);
    const messages = lintArtefacts(guide, 'g.json').map((p) => p.message);
    expect(messages).toContain('trust-policy "bad": Statement.0: a trust policy statement must name a Principal');
    expect(messages).toContain('trust-policy "bad": Statement.0: a trust policy has no Resource (the role is the resource)');
  });

  it('reports an answer cited by an artefact that some path showing it never asks', () => {
    const guide = guideWith([{ id: 'x', title: 't', kind: 'cli', description: 'd', language: 'shell', text: 'echo {minutes}', when: { q: 'minutes', is: 'long' } }]);
    expect(lintArtefacts(guide, 'g.json')).toEqual([]);
  });
});

describe('IAM documents against the published action list', () => {
  const doc = (statement: object) => ({ Version: '2012-10-17', Statement: [statement] });

  it('accepts real actions, wildcards that match some action, and global condition keys', async () => {
    expect(await iamNameProblems(doc({ Effect: 'Deny', Action: ['iam:CreateAccessKey', 'cloudtrail:Stop*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }))).toEqual([]);
  });

  it('names a misspelt action, an unknown service and a wildcard that matches nothing', async () => {
    const problems = await iamNameProblems(doc({ Effect: 'Deny', Action: ['iam:CreateAccessKeys', 'iaam:ListRoles', 's3:Teleport*'], Resource: '*' }));
    expect(problems).toEqual([
      'Statement.0: "iam:CreateAccessKeys" is not an action of iam',
      'Statement.0: "iaam:ListRoles": no AWS service has the prefix "iaam"',
      'Statement.0: "s3:Teleport*" matches no action of s3',
    ]);
  });

  it('accepts an OIDC provider key only in a statement that trusts that provider', async () => {
    const key = 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub';
    const trusting = doc({ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [key]: 'system:serviceaccount:a:b' } } });
    expect(await iamNameProblems(trusting)).toEqual([]);
    const other = doc({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { [key]: 'x' } } });
    expect(await iamNameProblems(other)).toEqual([`Statement.0: condition key "${key}" does not exist`]);
  });

  it('flags an SCP over the 5,120-character limit', () => {
    const actions = Array.from({ length: 300 }, (_, i) => `ec2:DescribeSomething${i}`);
    expect(policyShapeProblems('scp', doc({ Effect: 'Deny', Action: actions, Resource: '*' })).at(-1)).toMatch(/over the 5120-character limit of a scp/);
  });
});
