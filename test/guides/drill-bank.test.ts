import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/guide/problems';
import { loadLibrary } from '../../src/core/library';
import { drillCountProblems, loadDrillBank, revealDrill } from '../../src/core/rehearsal/drill-item-bank';
import { DRILL_KINDS, drillJsonSchema, MIN_DRILL_ITEMS } from '../../src/core/rehearsal/drill-item-schema';
import { hintKeyPoints } from '../../src/core/rehearsal/question-check';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const files = readJsonFiles(join(TREES_DIR, 'drills'));
const bank = loadDrillBank(files, library);

describe('the drill bank (failure modes, cost estimates, migrations, incidents)', () => {
  it('parses and lints clean: every item reaches an outcome in its guide, ids are unique', () => {
    expect(bank.problems.map(formatProblem)).toEqual([]);
    const ids = bank.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one file per kind, named after it', () => {
    expect(files.map((f) => f.name).sort()).toEqual(DRILL_KINDS.map((k) => `${k}.json`).sort());
  });

  it(`holds at least ${MIN_DRILL_ITEMS} items of every kind, drawn from several seed sections`, () => {
    expect(drillCountProblems(bank, MIN_DRILL_ITEMS).map(formatProblem)).toEqual([]);
    for (const kind of DRILL_KINDS) {
      const sections = new Set(bank.items.filter((item) => item.kind === kind).map((item) => item.section));
      expect(sections.size, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(bank.items.map((item) => [item.id, item] as const))('%s reaches an outcome whose reveal has something to show', (_id, item) => {
    const checked = revealDrill(item, library);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    if (item.kind === 'cost-estimation') {
      expect(checked.reveal.figure, 'figure').toBeDefined();
      expect(Number.isFinite(checked.reveal.figure!.value)).toBe(true);
      expect(checked.reveal.figure!.value).toBeGreaterThan(0);
    } else {
      expect(item.figure).toBeUndefined();
    }
    if (item.kind === 'failure-modes') expect(checked.reveal.warnings.length, 'a failure-mode item draws on the outcome’s warnings').toBeGreaterThan(0);
  });

  it('has hint keywords that recognise each key point when it is said in the bank’s own words', () => {
    const deaf = bank.items.flatMap((item) =>
      item.keyPoints.filter((p) => !hintKeyPoints(item, `${p.point} ${p.why}`).includes(p.id)).map((p) => `${item.id}/${p.id}`),
    );
    expect(deaf).toEqual([]);
  });

  it('sets aside an item whose answers stop short, whose figure does not exist, or whose id repeats', () => {
    const file = JSON.parse(files.find((f) => f.name === 'cost-estimation.json')!.text) as { items: { id: string; answers: Record<string, unknown>; figure?: { label: string } }[] };
    delete file.items[0]!.answers.retentionDays;
    file.items[1]!.figure!.label = 'No such figure';
    file.items[2]!.id = file.items[3]!.id;
    const found = loadDrillBank([{ name: 'cost-estimation.json', text: JSON.stringify(file) }], library);
    const messages = found.problems.map(formatProblem);
    expect(messages.some((m) => m.startsWith('cost-estimation.json: items[0]: the answers stop short of an outcome'))).toBe(true);
    expect(messages.some((m) => m.startsWith('cost-estimation.json: items[1]: outcome "gateway-endpoints" has no figure "No such figure"'))).toBe(true);
    expect(messages.some((m) => m.includes('is already used'))).toBe(true);
    expect(found.items.map((i) => i.id)).not.toContain(file.items[0]!.id);
  });

  it('refuses a cost item without a figure and a figure on any other kind', () => {
    const cost = JSON.parse(files.find((f) => f.name === 'cost-estimation.json')!.text) as { items: { figure?: unknown }[] };
    delete cost.items[0]!.figure;
    expect(loadDrillBank([{ name: 'cost-estimation.json', text: JSON.stringify(cost) }], library).problems[0]!.path).toBe('items[0].figure');
    const migration = JSON.parse(files.find((f) => f.name === 'migration.json')!.text) as { items: { figure?: unknown }[] };
    migration.items[0]!.figure = { label: 'Total a month', tolerancePercent: 10 };
    expect(loadDrillBank([{ name: 'migration.json', text: JSON.stringify(migration) }], library).problems[0]!.path).toBe('items[0].figure');
  });

  it('decision-trees/drills/schema.json matches the zod schema (run `npm run schema` if not)', () => {
    expect(readFileSync(join(TREES_DIR, 'drills', 'schema.json'), 'utf8')).toBe(drillJsonSchema());
  });
});
