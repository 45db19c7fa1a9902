import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('compliance-baseline');
const none = { cardData: 'no-card-data', healthData: 'no-phi', euPersonalData: 'no-eu', soc2: 'no-soc2' };

/** Situations from the seed's Security & Compliance section (S7.Q5): the framework that shapes the architecture first. */
const scenarios: Scenario[] = [
  { situation: 'a payment gateway for EU shops whose merchants ask for a report', answers: { cardData: 'card-data', healthData: 'no-phi', euPersonalData: 'eu-personal-data', soc2: 'soc2-report', logRetentionDays: 400 }, expected: 'pci-cde' },
  { situation: 'telehealth for US clinics, cards taken by a hosted page', answers: { cardData: 'no-card-data', healthData: 'phi', euPersonalData: 'no-eu', soc2: 'no-soc2', logRetentionDays: 2190 }, expected: 'hipaa-phi' },
  { situation: 'card data and health data together: PCI DSS segmentation comes first', answers: { cardData: 'card-data', healthData: 'phi', euPersonalData: 'no-eu', soc2: 'no-soc2', logRetentionDays: 2190 }, expected: 'pci-cde' },
  { situation: 'EU payroll software asked for a controls report', answers: { ...none, euPersonalData: 'eu-personal-data', soc2: 'soc2-report', logRetentionDays: 365 }, expected: 'gdpr-eu' },
  { situation: 'US developer tools stuck in enterprise procurement', answers: { ...none, soc2: 'soc2-report', logRetentionDays: 365 }, expected: 'soc2-evidence' },
  { situation: 'an internal tool no framework reaches', answers: { ...none, logRetentionDays: 90 }, expected: 'security-baseline' },
];

const render = (answers: Record<string, string | number>, values = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values);
};
const ids = (rec: ReturnType<typeof render>) => rec.artefacts!.map((a) => a.id);

describe('compliance-baseline guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('fills the checklist with the items of every framework answered yes, not only the leading one', () => {
    const notes = render({ cardData: 'card-data', healthData: 'phi', euPersonalData: 'eu-personal-data', soc2: 'soc2-report', logRetentionDays: 2555 }).notes.join('\n');
    for (const label of ['PCI DSS, scope', 'HIPAA, contract', 'GDPR, location', 'SOC 2, evidence']) expect(notes).toContain(label);
    const baseline = render({ ...none, logRetentionDays: 90 }).notes.join('\n');
    expect(baseline).not.toMatch(/PCI DSS|HIPAA|GDPR|SOC 2/);
  });

  it('keeps audit logs for the days the user typed, moving them to Glacier Instant Retrieval only from a year up', () => {
    const year = render({ ...none, soc2: 'soc2-report', logRetentionDays: 365 });
    const rule = JSON.parse(year.artefacts!.find((a) => a.id === 'audit-log-lifecycle')!.text).Rules[0];
    expect(rule.Expiration.Days).toBe(365);
    expect(rule.Transitions).toEqual([{ Days: 90, StorageClass: 'GLACIER_IR' }]);
    const short = render({ ...none, logRetentionDays: 364 });
    expect(ids(short)).toContain('audit-log-lifecycle-short');
    expect(JSON.parse(short.artefacts!.find((a) => a.id === 'audit-log-lifecycle-short')!.text).Rules[0].Transitions).toBeUndefined();
    expect(year.artefacts!.find((a) => a.id === 'log-lock')!.text).toContain('"Days":365');
  });

  it('adds the conformance packs and the Audit Manager assessment only for the frameworks that apply', () => {
    expect(ids(render({ ...none, cardData: 'card-data', logRetentionDays: 365 }))).toEqual(['audit-log-lifecycle', 'log-lock', 'pci-pack']);
    expect(ids(render({ ...none, healthData: 'phi', soc2: 'soc2-report', logRetentionDays: 2190 }))).toEqual(['audit-log-lifecycle', 'log-lock', 'hipaa-pack', 'audit-manager']);
  });

  it('warns when card data meets a retention under a year, and health data one under six years', () => {
    const warnings = render({ ...none, cardData: 'card-data', healthData: 'phi', logRetentionDays: 364 }).warnings.join('\n');
    expect(warnings).toMatch(/shorter than PCI DSS allows/);
    expect(warnings).toMatch(/6 years/);
    expect(render({ ...none, cardData: 'card-data', logRetentionDays: 365 }).warnings).toEqual([]);
  });
});
