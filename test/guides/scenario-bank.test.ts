import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { formatProblem } from '../../src/core/guide/problems';
import { SEED_SECTION_IDS } from '../../src/core/guide/sections';
import type { Guide } from '../../src/core/guide/schema';
import { loadLibrary } from '../../src/core/library';
import { loadRehearsalBank } from '../../src/core/rehearsal/bank';
import { findGiveAways } from '../../src/core/rehearsal/give-away';
import { lintScenario } from '../../src/core/rehearsal/lint';
import { isDecisive } from '../../src/core/rehearsal/paths';
import type { Scenario } from '../../src/core/rehearsal/schema';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const DESIGN_CARD = ['messaging', 'compute', 'database', 'disaster-recovery', 'vpc-connectivity'];
const library = loadLibrary(readTrees());
const files = {
  scenarios: readJsonFiles(join(TREES_DIR, 'scenarios')),
  flashcards: readJsonFiles(join(TREES_DIR, 'flashcards')),
};
const bank = loadRehearsalBank(files, library.guides, library.facts);
const guideOf = (id: string): Guide => library.guides.find((g) => g.id === id)!;

describe('the scenario bank', () => {
  it('parses and lints clean against the committed guides', () => {
    expect(bank.problems.map(formatProblem)).toEqual([]);
  });

  it.each(DESIGN_CARD)('has at least 8 scenarios for %s, rehearsing every one of its outcomes', (id) => {
    const guide = guideOf(id);
    expect(guide, `guide ${id} is loaded`).toBeDefined();
    const mine = bank.scenarios.filter((s) => s.guide === id);
    expect(mine.length).toBeGreaterThanOrEqual(8);
    expect(new Set(mine.map((s) => s.expected))).toEqual(new Set(guide.outcomes.map((o) => o.id)));
  });

  const later = files.scenarios.map((f) => f.name.replace(/\.json$/, '')).filter((id) => !DESIGN_CARD.includes(id));
  it.each(later)('has at least 3 scenarios for %s, rehearsing every one of its outcomes', (id) => {
    const guide = guideOf(id);
    expect(guide, `guide ${id} is loaded`).toBeDefined();
    const mine = bank.scenarios.filter((s) => s.guide === id);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.map((s) => s.expected))).toEqual(new Set(guide.outcomes.map((o) => o.id)));
  });

  it('has one file per guide, named after it, and unique scenario ids', () => {
    const names = files.scenarios.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(DESIGN_CARD.map((g) => `${g}.json`)));
    expect(names.filter((n) => !library.guides.some((g) => `${g.id}.json` === n))).toEqual([]);
    const ids = bank.scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
  });

  it('is never loaded as guides: the guide loader reads the top level of decision-trees/ only', () => {
    const guideTexts = new Set(readTrees().guides.map((f) => f.text));
    for (const f of [...files.scenarios, ...files.flashcards]) expect(guideTexts.has(f.text), f.name).toBe(false);
    const bundler = readFileSync(new URL('../../src/renderer/src/library/bundled-library.ts', import.meta.url), 'utf8');
    expect(bundler).not.toMatch(/decision-trees\/\*\*|decision-trees\/(scenarios|flashcards)/);
    expect(readdirSync(TREES_DIR)).toEqual(expect.arrayContaining(['scenarios', 'flashcards']));
    const ids = new Set([...bank.scenarios.map((s) => s.id), ...bank.cards.map((c) => c.id)]);
    expect(library.guides.filter((g) => ids.has(g.id))).toEqual([]);
  });
});

describe.each(bank.scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const guide = guideOf(scenario.guide);
  const decision = decide(guide, scenario.answers);

  it('walks its guide to the expected outcome, asking every one of its answers', () => {
    expect(decision).toMatchObject({ status: 'outcome', outcome: scenario.expected });
    expect(decision.path.map((s) => s.question).sort()).toEqual(Object.keys(scenario.answers).sort());
  });

  it('names a deciding requirement that is on the path and really decides', () => {
    expect(decision.path.map((s) => s.question)).toContain(scenario.decidedBy);
    expect(isDecisive(guide, scenario.answers, scenario.expected, scenario.decidedBy)).toBe(true);
  });
});

describe('scenario lint catches drift', () => {
  const compute = guideOf('compute');
  const transcode = bank.scenarios.find((s) => s.id === 'cmp-video-transcode-40-minutes')!;

  it('fails a scenario when its guide changes under it', () => {
    // If Lambda's limit in the guide grew to an hour, the 40-minute transcode would route to Lambda.
    const drifted: Guide = structuredClone(compute);
    const task = drifted.questions.find((q) => q.id === 'taskMinutes')!;
    if (task.kind !== 'number') throw new Error('taskMinutes is a number question');
    task.bands[0]!.below = 61;
    const problems = lintScenario(drifted, transcode, 'compute.json', 'scenarios[2]');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/not asked on this path|reaches "lambda"|stops at question/);
  });

  const lint = (patch: Partial<Scenario>) =>
    lintScenario(compute, { ...transcode, ...patch }, 'compute.json', 'scenarios[0]').map((p) => `${p.path}: ${p.message}`);

  it('rejects a wrong expected outcome', () => {
    expect(lint({ expected: 'lambda', defend: undefined })).toEqual(['scenarios[0].expected: the guide reaches "ecs-fargate", not "lambda"']);
  });
  it('rejects an answer the path never asks', () => {
    expect(lint({ answers: { ...transcode.answers, peakPods: 10 } })[0]).toMatch(/peakPods not asked on this path/);
  });
  it('rejects answers that stop short of an outcome', () => {
    const { monthlySpend: _drop, ...rest } = transcode.answers;
    expect(lint({ answers: rest })[0]).toMatch(/stops at question "monthlySpend"/);
  });
  it('rejects a deciding requirement off the path, or one that changes nothing', () => {
    expect(lint({ decidedBy: 'runtime' })[0]).toMatch(/"runtime" is not asked on this path/);
    expect(lint({ decidedBy: 'monthlySpend' })[0]).toMatch(/does not decide it/);
  });
  it('rejects unknown questions, invalid values and bad alternatives', () => {
    expect(lint({ answers: { ...transcode.answers, nope: 'x' } })[0]).toMatch(/no question "nope"/);
    expect(lint({ answers: { ...transcode.answers, taskMinutes: 99999 } })[0]).toMatch(/outside the range/);
    expect(lint({ defend: ['ecs-fargate'] })).toEqual(['scenarios[0].defend[0]: is the expected outcome itself']);
    expect(lint({ defend: ['nope'] })[0]).toMatch(/no outcome "nope"/);
  });

  it('sets aside a scenario file whose name does not match its guide, and duplicate ids', () => {
    const text = JSON.stringify({ guide: 'compute', scenarios: [transcode, transcode] });
    const result = loadRehearsalBank({ scenarios: [{ name: 'other.json', text }], flashcards: [] }, library.guides);
    const messages = result.problems.map(formatProblem);
    expect(messages.some((m) => m.includes('must be named compute.json'))).toBe(true);
    expect(messages.some((m) => m.includes(`id "${transcode.id}" is already used`))).toBe(true);
    expect(result.scenarios).toHaveLength(1);
  });
});

describe('the flashcard decks', () => {
  it('hold at least 40 cards of hard facts, covering all ten seed sections', () => {
    expect(bank.cards.length).toBeGreaterThanOrEqual(40);
    for (const section of SEED_SECTION_IDS) {
      expect(bank.cards.filter((c) => c.section === section).length, section).toBeGreaterThanOrEqual(4);
    }
  });

  it('have unique ids and name only guides that exist', () => {
    const ids = bank.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const guides = new Set(library.guides.map((g) => g.id));
    for (const card of bank.cards) for (const g of card.guides ?? []) expect(guides.has(g), `${card.id} → ${g}`).toBe(true);
  });

  it('cover the limits the interview leans on', () => {
    const backs = bank.cards.map((c) => `${c.front} ${c.back}`).join('\n');
    for (const fact of ['3,000', '1 MB/s', '15 minutes', '45', '1.25 Gbps', '$0.023', '400 KB', '50–100%']) {
      expect(backs, fact).toContain(fact);
    }
  });

  it('reject malformed decks, unknown guides and duplicates', () => {
    const card = { id: 'x-card', section: 'ha-dr', kind: 'limit', front: 'Q?', back: 'A.', guides: ['nope'] };
    const bad = loadRehearsalBank(
      {
        scenarios: [],
        flashcards: [
          { name: 'a.json', text: JSON.stringify({ deck: 'a', title: 'A', cards: [card, { ...card, guides: undefined }] }) },
          { name: 'b.json', text: JSON.stringify({ deck: 'b', title: 'B', cards: [{ ...card, section: 'nowhere' }] }) },
          { name: 'c.json', text: '{not json' },
        ],
      },
      library.guides,
    );
    const messages = bad.problems.map(formatProblem).join('\n');
    expect(messages).toMatch(/a\.json: cards\[0\]\.guides\[0\]: no guide "nope"/);
    expect(messages).toMatch(/b\.json: cards\[0\]\.section/);
    expect(messages).toMatch(/c\.json: \(root\): not valid JSON/);
    expect(bad.cards.map((c) => c.id)).toEqual(['x-card']);
  });
});

describe('the give-away lint', () => {
  // Every scenario file, so a new guide's scenarios are held to the same rule as the first five.
  it.each(bank.scenarios.map((s) => [s.id, s] as const))('%s names neither its services nor the guide’s answer labels', (_id, scenario) => {
    const found = findGiveAways(guideOf(scenario.guide), library.catalog, scenario);
    expect(found.map((f) => `${f.field}: “${f.phrase}” (${f.kind})`)).toEqual([]);
  });

  it('catches a title that names the service and a situation that quotes the guide’s option', () => {
    const ledger = bank.scenarios.find((s) => s.id === 'msg-ledger-postings-fifo')!;
    const leaky = { ...ledger, title: 'Postings on an SQS FIFO queue', situation: `${ledger.situation} Yes — in sequence and exactly once.` };
    const found = findGiveAways(guideOf('messaging'), library.catalog, leaky);
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'title', kind: 'service' }),
      { field: 'situation', phrase: 'Yes — in sequence and exactly once', kind: 'answer-label' },
    ]));
  });

  it('ignores services every outcome of a guide shares (the VPC itself tells nothing)', () => {
    const twoVpcs = bank.scenarios.find((s) => s.id === 'vpc-two-vpcs-one-account')!;
    const found = findGiveAways(guideOf('vpc-connectivity'), library.catalog, { ...twoVpcs, title: 'Two VPCs talk' });
    expect(found).toEqual([]);
    const peering = findGiveAways(guideOf('vpc-connectivity'), library.catalog, { ...twoVpcs, title: 'Peer two VPCs with VPC peering' });
    expect(peering.map((f) => f.kind)).toContain('service');
  });
});
