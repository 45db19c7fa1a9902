import { describe, expect, it } from 'vitest';
import { drillAsQuestion, gradeEstimate } from '../../src/core/rehearsal/drill-item-bank';
import type { DrillItem } from '../../src/core/rehearsal/drill-item-schema';
import { hintKeyPoints, scoreCoverage } from '../../src/core/rehearsal/question-check';

describe('gradeEstimate', () => {
  it('accepts an estimate within the tolerance on either side, edges included', () => {
    expect(gradeEstimate(300, 318, 20).within).toBe(true);
    expect(gradeEstimate(120, 100, 20)).toMatchObject({ within: true, offPercent: 20 });
    expect(gradeEstimate(80, 100, 20)).toMatchObject({ within: true, offPercent: -20 });
  });
  it('refuses one outside it and says by how much', () => {
    const g = gradeEstimate(1000, 318, 20);
    expect(g.within).toBe(false);
    expect(Math.round(g.offPercent)).toBe(214);
    expect(gradeEstimate(79.9, 100, 20).within).toBe(false);
  });
  it('accepts only zero against a figure of zero', () => {
    expect(gradeEstimate(0, 0, 10).within).toBe(true);
    expect(gradeEstimate(1, 0, 10).within).toBe(false);
  });
});

describe('drillAsQuestion', () => {
  const item: DrillItem = {
    id: 'x-item',
    kind: 'incidents',
    section: 'iam-identity',
    title: 'T',
    guide: 'workload-identity',
    answers: {},
    prompt: 'What first?',
    keyPoints: [
      { id: 'a', point: 'Deactivate the key.', why: 'Stops use at once.', keywords: ['deactivate'] },
      { id: 'b', point: 'Read CloudTrail.', why: 'Scopes the incident.', keywords: ['cloudtrail'] },
    ],
    followUps: ['Who do you tell?'],
  };
  it('keeps the prompt, key points and follow-ups and links the guide, so the question views grade it unchanged', () => {
    const q = drillAsQuestion(item);
    expect(q).toMatchObject({ id: 'x-item', prompt: 'What first?', followUps: ['Who do you tell?'], links: { guides: ['workload-identity'] } });
    expect(hintKeyPoints(q, 'I would deactivate it right away')).toEqual(['a']);
    expect(scoreCoverage(q, ['a']).coverage).toBe(0.5);
  });
});
