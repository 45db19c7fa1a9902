import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { changeOneRequirement, statedRequirements } from '../../src/core/rehearsal/change-one';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const bank = loadRehearsalBank({ scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')), flashcards: [] }, library.guides, library.facts);
const guide = (id: string) => library.guides.find((g) => g.id === id)!;

describe('what would change your answer?', () => {
  it('changes the ledger’s ordering and lands on a queue that does not keep order', () => {
    const ledger = bank.scenarios.find((s) => s.id === 'msg-ledger-postings-fifo')!;
    const change = changeOneRequirement(guide('messaging'), ledger)!;
    expect(change).toMatchObject({ question: 'ordering', outcome: 'sqs-standard', to: 'No — any order, repeats are harmless' });
  });

  it('for every scenario that has one, changes exactly one answer and the guide really lands elsewhere', () => {
    let found = 0;
    for (const s of bank.scenarios) {
      const change = changeOneRequirement(guide(s.guide), s);
      if (!change) continue;
      found++;
      expect(change.outcome, s.id).not.toBe(s.expected);
      expect(change.from, s.id).not.toBe(change.to);
      expect(guide(s.guide).outcomes.map((o) => o.id)).toContain(change.outcome);
    }
    // Some scenarios need a second new answer after any single change (the walk stops), so not all.
    expect(found).toBeGreaterThan(bank.scenarios.length * 0.75);
  });
});

describe('the requirements a candidate names', () => {
  it('are the scenario’s own answers by short name, never the guide’s other questions', () => {
    const ledger = bank.scenarios.find((s) => s.id === 'msg-ledger-postings-fifo')!;
    const listed = statedRequirements(guide('messaging'), ledger);
    expect(listed.map((r) => r.question).sort()).toEqual(Object.keys(ledger.answers).sort());
    expect(listed.every((r) => r.label.length <= 40)).toBe(true);
    expect(decide(guide('messaging'), ledger.answers).status).toBe('outcome');
  });
});
