import type { CatalogIndex } from '../catalog/load';
import { decide } from '../guide/decide';
import { questionById } from '../guide/answers';
import type { Guide } from '../guide/schema';
import type { Scenario } from './schema';

/** One phrase in a scenario's title or situation that hands the candidate the answer. */
export type GiveAway = { field: 'title' | 'situation'; phrase: string; kind: 'service' | 'answer-label' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word, case-insensitive: "SQS" is found in "an SQS queue", "VPN" not in "VPNs2". */
const mentions = (text: string, phrase: string) => new RegExp(`(^|[^A-Za-z0-9])${escape(phrase)}($|[^A-Za-z0-9])`, 'i').test(text);

/**
 * The phrases that give a scenario's answer away: the catalogue's long and short names of
 * the expected outcome's services (e.g. "Amazon SQS", "SQS"), and the exact label of any
 * choice answered on the scenario's path (the guide's own wording, e.g. "Strict order").
 * An interviewer describes users, money and failures; naming the service or quoting the
 * guide's option turns judgement into keyword matching. Shapes: returns [] for a clean
 * scenario; number answers are not checked (a figure is a fact, not a give-away).
 */
export function findGiveAways(guide: Guide, catalog: CatalogIndex, scenario: Scenario): GiveAway[] {
  const phrases: { phrase: string; kind: GiveAway['kind'] }[] = [];
  const serviceIds = (o: Guide['outcomes'][number]) => o.services.map((e) => (typeof e === 'string' ? e : e.service));
  // A service every outcome of the guide recommends (the VPC itself, Route 53 in DR) tells
  // the candidate nothing about which outcome is right, so naming it is no give-away.
  const everywhere = (id: string) => guide.outcomes.every((o) => serviceIds(o).includes(id));
  const outcome = guide.outcomes.find((o) => o.id === scenario.expected);
  for (const id of outcome ? serviceIds(outcome) : []) {
    const service = catalog.byId.get(id);
    if (!service || everywhere(id)) continue;
    for (const name of new Set([service.name, service.short])) phrases.push({ phrase: name, kind: 'service' });
  }
  const decision = decide(guide, scenario.answers);
  const asked = decision.status === 'error' ? [] : decision.path.map((s) => s.question);
  for (const id of asked) {
    const question = questionById(guide, id);
    if (question?.kind !== 'choice') continue;
    const label = question.choices.find((c) => c.value === scenario.answers[id])?.label;
    if (label) phrases.push({ phrase: label, kind: 'answer-label' });
  }
  const found: GiveAway[] = [];
  for (const field of ['title', 'situation'] as const) {
    for (const { phrase, kind } of phrases) {
      if (mentions(scenario[field], phrase) && !found.some((f) => f.field === field && f.phrase === phrase)) found.push({ field, phrase, kind });
    }
  }
  return found;
}
