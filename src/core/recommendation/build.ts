import type { CatalogIndex } from '../catalog/load';
import type { Service } from '../catalog/schema';
import { fillTemplate, formatAnswer, formatNumber, questionById, unitFor } from '../guide/answers';
import { holds } from '../guide/conditions';
import type { Step } from '../guide/decide';
import { evaluate, parseFormula } from '../guide/formula';
import { outcomeCharts } from '../guide/chart';
import { renderArtefacts, type ParamValues } from '../guide/artefact';
import { whyNotLines } from '../guide/why-not';
import { serviceIdOf, serviceWhen, type Answers, type Guide } from '../guide/schema';
import type { Recommendation, ServiceWithEquivalents } from './types';

export type Decided = { outcome: string; answers: Answers; path: Step[] };

const resolve = (catalog: CatalogIndex, ids: string[] | undefined): Service[] =>
  (ids ?? []).flatMap((id) => catalog.byId.get(id) ?? []);

export function withEquivalents(catalog: CatalogIndex, service: Service): ServiceWithEquivalents {
  return {
    service,
    gcp: service.provider === 'gcp' ? [service] : resolve(catalog, service.equivalents.gcp),
    azure: service.provider === 'azure' ? [service] : resolve(catalog, service.equivalents.azure),
    note: service.equivalenceNote,
  };
}

/** The recommendation as every view shows it: texts filled with the user's answers. */
/**
 * `artefactValues` holds what the user typed into artefact parameters, by parameter id (shared
 * by the outcome's artefacts); anything missing or invalid falls back to the parameter's default.
 */
export function buildRecommendation(
  guide: Guide, catalog: CatalogIndex, decided: Decided, artefactValues: ParamValues = {},
): Recommendation {
  const outcome = guide.outcomes.find((o) => o.id === decided.outcome);
  if (!outcome) throw new Error(`guide ${guide.id} has no outcome "${decided.outcome}"`);
  const { answers } = decided;
  const fill = (text: string) => fillTemplate(guide, text, answers);
  const numbers = Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
  const services = outcome.services.flatMap((entry) => {
    if (!holds(guide, serviceWhen(entry), answers)) return [];
    const service = catalog.byId.get(serviceIdOf(entry));
    return service ? [withEquivalents(catalog, service)] : [];
  });
  const whyNot = whyNotLines(guide, decided);

  return {
    guide: { id: guide.id, title: guide.title },
    outcome: { id: outcome.id, title: outcome.title, summary: fill(outcome.summary) },
    services,
    rationale: fill(outcome.rationale),
    notes: outcome.notes.filter((n) => holds(guide, n.when, answers)).map((n) => fill(n.text)),
    warnings: outcome.warnings.filter((n) => holds(guide, n.when, answers)).map((n) => fill(n.text)),
    whyNot,
    ruledOut: ruledOutServices(guide, catalog, whyNot, services),
    facts: outcome.facts,
    ...(outcome.artefacts.length ? { artefacts: renderArtefacts(guide, outcome, answers, artefactValues) } : {}),
    ...(outcome.charts.length ? { charts: outcomeCharts(guide, outcome, answers) } : {}),
    figures: outcome.figures
      .filter((f) => holds(guide, f.when, answers))
      .map((f) => {
        const value = evaluate(parseFormula(f.formula), numbers);
        const rounded = Number(value.toFixed(f.digits));
        return { label: fill(f.label), value: rounded, unit: f.unit, text: `${formatNumber(rounded)} ${unitFor(rounded, f.unit)}` };
      }),
    answers: decided.path.flatMap((step) => {
      const q = questionById(guide, step.question);
      const value = answers[step.question];
      return q && value !== undefined ? [{ question: q.id, prompt: q.prompt, answer: formatAnswer(q, value) }] : [];
    }),
  };
}

/**
 * The service each ruled-out outcome stands for (its first, most important one), when this
 * outcome does not recommend it too, with the answer that ruled it out: what another guide
 * recommending that service would contradict (./conflicts.ts).
 */
function ruledOutServices(guide: Guide, catalog: CatalogIndex, whyNot: Recommendation['whyNot'], chosen: Recommendation['services']): NonNullable<Recommendation['ruledOut']> {
  const own = new Set(chosen.map((s) => s.service.id));
  // A service this outcome uses a kind of is not ruled out: "Amazon ECS" (the ECS-on-EC2
  // outcome's) covers "Amazon ECS on AWS Fargate". The other way round it is: choosing
  // "Amazon Aurora" rules out "Amazon Aurora Global Database".
  const coveredBy = (name: string) => chosen.some((s) => s.service.name.startsWith(`${name} `));
  return whyNot.flatMap((line) => {
    const first = guide.outcomes.find((o) => o.id === line.outcome)?.services[0];
    const service = first === undefined ? undefined : catalog.byId.get(serviceIdOf(first));
    return service && !own.has(service.id) && !coveredBy(service.name) ? [{ service: service.id, name: service.name, outcome: line.title, because: line.sentences.ruled }] : [];
  });
}
