import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { mockSummaryMarkdown } from '../../src/core/rehearsal/markdown';
import { formatClock, mockAttempts, pickMockScenarios, seededRandom, summariseMock, type MockAnswer } from '../../src/core/rehearsal/mock';
import type { Attempt } from '../../src/core/rehearsal/progress';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const bank = loadRehearsalBank({ scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')), flashcards: [] }, library.guides);
const byId = (id: string) => bank.scenarios.find((s) => s.id === id)!;

describe('picking a mock round', () => {
  it('takes five scenarios, one from each guide', () => {
    const round = pickMockScenarios(bank.scenarios, [], seededRandom(7));
    expect(round).toHaveLength(5);
    expect(new Set(round.map((s) => s.guide)).size).toBe(5);
  });

  it('is reproducible for a seed and varies between seeds', () => {
    const a = pickMockScenarios(bank.scenarios, [], seededRandom(1)).map((s) => s.id);
    expect(pickMockScenarios(bank.scenarios, [], seededRandom(1)).map((s) => s.id)).toEqual(a);
    const others = [2, 3, 4, 5].map((seed) => pickMockScenarios(bank.scenarios, [], seededRandom(seed)).map((s) => s.id).join());
    expect(others.some((o) => o !== a.join())).toBe(true);
  });

  it('prefers scenarios not yet answered right', () => {
    const right = (scenario: string): Attempt => ({
      scenario, guide: 'x', section: 'ha-dr', picked: 'x', outcomeRight: true, deciderRight: true, seconds: 10, mode: 'drill', at: '2026-01-01T00:00:00.000Z',
    });
    // One guide's scenarios only: with more than five guides a round may skip any one guide.
    const dr = bank.scenarios.filter((s) => s.guide === 'disaster-recovery');
    const solved = dr.slice(1).map((s) => right(s.id));
    const round = pickMockScenarios(dr, solved, seededRandom(11));
    expect(round.map((s) => s.id)).toContain(dr[0]!.id);
  });

  it('fills up from the same guides when fewer than five guides have scenarios', () => {
    const two = bank.scenarios.filter((s) => s.guide === 'compute' || s.guide === 'database');
    const round = pickMockScenarios(two, [], seededRandom(3));
    expect(round).toHaveLength(5);
    expect(new Set(round.map((s) => s.id)).size).toBe(5);
  });
});

describe('the mock-round summary', () => {
  const answers: MockAnswer[] = [
    { scenario: byId('msg-ledger-postings-fifo'), pick: { outcome: 'sqs-fifo', decidedBy: 'ordering' }, seconds: 95 },
    { scenario: byId('cmp-video-transcode-40-minutes'), pick: { outcome: 'lambda', decidedBy: 'workloadShape' }, seconds: 140 },
    { scenario: byId('db-oracle-erp'), pick: { outcome: 'rds', decidedBy: 'availabilityTarget' }, seconds: 61 },
    { scenario: byId('dr-hr-portal-pilot-light'), pick: { outcome: 'warm-standby', decidedBy: 'rtoMinutes' }, seconds: 200 },
    { scenario: byId('vpc-two-vpcs-one-account'), pick: null, seconds: 30 },
  ];
  const summary = summariseMock(answers, library.guides, true);

  it('scores services and deciding requirements, and adds up the time', () => {
    // Every decisive answer counts: "the kind of workload" decides the transcode too, so the wrong
    // service still earns its requirement point; the ERP's availability target decides nothing.
    expect(summary).toMatchObject({ points: 5, maxPoints: 10, outcomesRight: 2, decidersRight: 3, totalSeconds: 526, timedOut: true });
    expect(summary.items.map((i) => i.grade.points)).toEqual([2, 1, 1, 1, 0]);
  });

  it('lists the sections to revisit, most misses first', () => {
    expect(summary.revisit).toEqual([
      { section: 'compute-serverless', title: 'Compute & Serverless', misses: 1 },
      { section: 'ha-dr', title: 'HA & Disaster Recovery', misses: 1 },
      { section: 'networking-vpc', title: 'Networking & VPC', misses: 1 },
      { section: 'storage-databases', title: 'Storage & Databases', misses: 1 },
    ]);
  });

  it('turns into progress attempts marked as mock answers', () => {
    const attempts = mockAttempts(summary, new Date('2026-03-02T10:00:00Z'));
    expect(attempts).toHaveLength(5);
    expect(attempts[4]).toMatchObject({ scenario: 'vpc-two-vpcs-one-account', picked: null, outcomeRight: false, mode: 'mock' });
    const unseen = summariseMock([...answers.slice(0, 4), { ...answers[4]!, seconds: 0 }], library.guides, true);
    expect(mockAttempts(unseen, new Date()).map((a) => a.scenario)).not.toContain('vpc-two-vpcs-one-account');
  });

  it('exports as Markdown with score, times, sections and the why-not of wrong picks', () => {
    const md = mockSummaryMarkdown(summary, new Date('2026-03-02T10:15:00Z'));
    expect(md).toMatch(/^# Archtree mock round\n/);
    expect(md).toContain('2026-03-02 10:15 UTC · time ran out');
    expect(md).toContain('**Score: 5 / 10**');
    expect(md).toContain('| 1 | Month-end postings at a retail bank | Messaging backbone | SQS FIFO queue with message groups | SQS FIFO queue with message groups | 1:35 | Right |');
    expect(md).toMatch(/\| 2 \| Preparing films for streaming \|.*\| AWS Lambda functions \| Amazon ECS on AWS Fargate \| 2:20 \| Wrong \|/);
    expect(md).toMatch(/\| 5 \|.*\| — \| VPC peering \| 0:30 \| No answer \|/);
    expect(md).toContain('## Sections to revisit\n\n- Compute & Serverless (1 miss)');
    expect(md).toMatch(/- Why not AWS Lambda functions: .+/);
    expect(md).toMatch(/- Ruled out by: “How long can the longest single run take, in whole minutes\?” is “40 minutes”/);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('formats clock times', () => {
    expect([0, 5, 59, 60, 75, 900, -3].map(formatClock)).toEqual(['0:00', '0:05', '0:59', '1:00', '1:15', '15:00', '0:00']);
  });
});
