import type { CatalogIndex } from '../catalog/load';
import type { DataFile } from '../data/data-file';
import { decide } from '../guide/decide';
import { fromZod, parseJsonText } from '../guide/parse';
import type { Problem } from '../guide/problems';
import type { Guide } from '../guide/schema';
import { buildRecommendation } from '../recommendation/build';
import { duplicateIds } from './lint';
import type { InterviewQuestion } from './question-schema';
import { DRILL_KINDS, drillFileSchema, type DrillItem, type DrillKind } from './drill-item-schema';

/** What the candidate sees after answering: the design the guide reaches and what can go wrong with it. */
export type DrillReveal = {
  guide: { id: string; title: string };
  outcome: { id: string; title: string; summary: string };
  warnings: string[];
  notes: string[];
  /** cost items: the guide's own computed figure */
  figure?: { label: string; value: number; unit: string; text: string };
};

export type DrillBank = { items: DrillItem[]; problems: Problem[] };

type Sources = { guides: readonly Guide[]; catalog: CatalogIndex };

const baseName = (file: string) => file.replace(/\.json$/, '');
const kindOrder = (name: string) => DRILL_KINDS.indexOf(name as DrillKind);

/**
 * Walk the item's guide with its answers. An item whose guide is missing, whose answers stop
 * short of an outcome, or whose figure the outcome does not compute (or computes as NaN or
 * infinity) has no real situation behind it: the reason comes back instead of a reveal.
 */
export function revealDrill(item: DrillItem, sources: Sources): { ok: true; reveal: DrillReveal } | { ok: false; message: string } {
  const guide = sources.guides.find((g) => g.id === item.guide);
  if (!guide) return { ok: false, message: `no guide "${item.guide}"` };
  const decided = decide(guide, item.answers);
  if (decided.status !== 'outcome') return { ok: false, message: `the answers stop short of an outcome in "${guide.id}" (${decided.status})` };
  let rec;
  try {
    rec = buildRecommendation(guide, sources.catalog, { outcome: decided.outcome, answers: decided.answers, path: decided.path });
  } catch (error) {
    return { ok: false, message: `the outcome cannot be built: ${error instanceof Error ? error.message : String(error)}` };
  }
  const reveal: DrillReveal = { guide: rec.guide, outcome: rec.outcome, warnings: rec.warnings, notes: rec.notes };
  if (item.figure) {
    const label = item.figure.label;
    const figure = rec.figures.find((f) => f.label === label);
    if (!figure) return { ok: false, message: `outcome "${decided.outcome}" has no figure "${label}" for these answers (it has: ${rec.figures.map((f) => f.label).join('; ') || 'none'})` };
    if (!Number.isFinite(figure.value)) return { ok: false, message: `figure "${label}" is not a finite number` };
    reveal.figure = figure;
  }
  return { ok: true, reveal };
}

/**
 * Parse and lint decision-trees/drills/*.json. A file that fails the schema is set aside
 * whole; an item whose situation the guides cannot reproduce is set aside with the reason.
 */
export function loadDrillBank(files: readonly DataFile[], sources: Sources): DrillBank {
  const problems: Problem[] = [];
  const items: DrillItem[] = [];
  const ids: { id: string; file: string; at: string }[] = [];
  const sorted = [...files].sort((a, b) => kindOrder(baseName(a.name)) - kindOrder(baseName(b.name)));
  for (const file of sorted) {
    const json = parseJsonText(file.name, file.text);
    const parsed = json.ok ? fromZod(file.name, drillFileSchema.safeParse(json.value)) : json;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const kind = parsed.value.kind;
    if (kind !== baseName(file.name)) problems.push({ file: file.name, path: 'kind', message: `the file for kind "${kind}" must be named ${kind}.json` });
    parsed.value.items.forEach((item, i) => {
      const at = `items[${i}]`;
      ids.push({ id: item.id, file: file.name, at });
      if (item.kind !== kind) {
        problems.push({ file: file.name, path: `${at}.kind`, message: `is "${item.kind}" but the file holds kind "${kind}"` });
        return;
      }
      const pointIds = new Set<string>();
      for (const [j, p] of item.keyPoints.entries()) {
        if (pointIds.has(p.id)) problems.push({ file: file.name, path: `${at}.keyPoints[${j}].id`, message: `key point id "${p.id}" is used twice in this item` });
        pointIds.add(p.id);
      }
      const checked = revealDrill(item, sources);
      if (!checked.ok) {
        problems.push({ file: file.name, path: at, message: checked.message });
        return;
      }
      items.push(item);
    });
  }
  problems.push(...duplicateIds(ids));
  const seen = new Set<string>();
  return { items: items.filter((item) => !seen.has(item.id) && seen.add(item.id)), problems };
}

/** A problem for every kind with fewer than `min` usable items. */
export function drillCountProblems(bank: Pick<DrillBank, 'items'>, min: number): Problem[] {
  return DRILL_KINDS.flatMap((kind) => {
    const n = bank.items.filter((item) => item.kind === kind).length;
    return n >= min ? [] : [{ file: `${kind}.json`, path: 'items', message: `${n} usable items; at least ${min} expected` }];
  });
}

export type EstimateGrade = {
  estimate: number;
  actual: number;
  /** signed distance from the guide's figure, in percent of it (estimate above → positive) */
  offPercent: number;
  within: boolean;
};

/**
 * Score an estimate against the guide's figure: within when it is no further from the figure
 * than `tolerancePercent` of it. A figure of zero accepts only zero.
 */
export function gradeEstimate(estimate: number, actual: number, tolerancePercent: number): EstimateGrade {
  if (actual === 0) return { estimate, actual, offPercent: estimate === 0 ? 0 : Infinity * Math.sign(estimate), within: estimate === 0 };
  const offPercent = ((estimate - actual) / Math.abs(actual)) * 100;
  // A hair of slack so that an estimate exactly on the edge is not lost to floating point.
  return { estimate, actual, offPercent, within: Math.abs(offPercent) <= tolerancePercent + 1e-9 };
}

/** The item in the question bank's shape, so its checklist and coverage views can show it unchanged. */
export function drillAsQuestion(item: DrillItem): InterviewQuestion {
  return { id: item.id, section: item.section, prompt: item.prompt, keyPoints: item.keyPoints, followUps: item.followUps, links: { guides: [item.guide] } };
}
