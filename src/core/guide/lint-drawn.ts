import type { CatalogIndex } from '../catalog/load';
import { conditionRefs, holds } from './conditions';
import { enumeratePaths, type GuidePath } from './enumerate';
import type { Problem } from './problems';
import { serviceIdOf, serviceWhen, type Condition, type Guide, type Outcome } from './schema';

type Mention = { path: string; text: string; when: Condition | undefined };

/** Texts that can talk about what is drawn: the summary, the rationale, notes and warnings. */
function mentions(outcome: Outcome, at: string): Mention[] {
  return [
    { path: `${at}.summary`, text: outcome.summary, when: undefined },
    { path: `${at}.rationale`, text: outcome.rationale, when: undefined },
    ...outcome.notes.map((n, i) => ({ path: `${at}.notes[${i}].text`, text: n.text, when: n.when })),
    ...outcome.warnings.map((n, i) => ({ path: `${at}.warnings[${i}].text`, text: n.text, when: n.when })),
  ];
}

/**
 * The services texts give instructions about ("put the tasks behind an ALB", "connect through
 * RDS Proxy"): front doors and connection brokers. Services that texts merely compare with
 * ("unlike Aurora Global Database") are left out, or every comparison would need a condition.
 */
export const DRAWN_DEPENDENTS = new Set(['aws.alb', 'aws.nlb', 'aws.rds-proxy', 'aws.api-gateway', 'aws.nat-gateway', 'aws.global-accelerator']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text naming a service (by its catalogue short name or full name) that is said in a
 * positive sense: "no ALB", "without an ALB", "instead of an ALB" and suggestions ("add Global Accelerator if…") do not count.
 */
function names(text: string, short: string, name: string): boolean {
  const pattern = new RegExp(`(?<!\\b(?:no|without|not|instead of|skip|add|consider)\\s+(?:an?\\s+|the\\s+)?)\\b(?:${escape(short)}|${escape(name)})\\b`, 'iu');
  return pattern.test(text);
}

type TextCheck = { outcome: Outcome; label: string; nodeWhens: Condition[]; mention: Mention };
/** A service texts rely on and the diagram draws, with the conditions of its services entries. */
type ListCheck = { oi: number; outcome: Outcome; service: string; label: string; nodeWhens: (Condition | undefined)[]; mention: Mention; listedWhens: (Condition | undefined)[] };

/**
 * Texts and lists that depend on what is drawn, proved over every path reaching the outcome,
 * varying every question the conditions read:
 * - when every node of a service carries a `when`, a text naming that service must show only
 *   where at least one of those nodes is drawn;
 * - a service a text relies on (one of DRAWN_DEPENDENTS, named in the guide's own words) must
 *   be among the recommended services wherever it is drawn and the text shows, so the list
 *   never omits what the reasoning and the diagram use (DR's Global Accelerator). Limited to
 *   DRAWN_DEPENDENTS on purpose: other drawn services are often the user's own workload or a
 *   log bucket, drawn for context, which the guide does not recommend.
 */
export function lintDrawn(guide: Guide, file: string, catalog: CatalogIndex): Problem[] {
  const checks: TextCheck[] = [];
  const lists: ListCheck[] = [];
  guide.outcomes.forEach((outcome, oi) => {
    const byService = new Map<string, (Condition | undefined)[]>();
    outcome.diagram.nodes.forEach((n) => byService.set(n.service, [...(byService.get(n.service) ?? []), n.when]));
    for (const [serviceId, whens] of byService) {
      if (!DRAWN_DEPENDENTS.has(serviceId)) continue;
      const service = catalog.byId.get(serviceId);
      if (!service || service.provider === 'generic' || service.short.length < 3) continue;
      const listedWhens = outcome.services.filter((e) => serviceIdOf(e) === serviceId).map(serviceWhen);
      for (const mention of mentions(outcome, `outcomes[${oi}]`)) {
        if (!names(mention.text, service.short, service.name)) continue;
        if (whens.every((w) => w !== undefined)) checks.push({ outcome, label: service.short, nodeWhens: whens as Condition[], mention });
        if (!listedWhens.includes(undefined)) lists.push({ oi, outcome, service: serviceId, label: service.short, nodeWhens: whens, mention, listedWhens });
      }
    }
  });
  if (checks.length === 0 && lists.length === 0) return [];
  const vary = [...checks, ...lists].flatMap((c) => [...c.nodeWhens.flatMap((w) => conditionRefs(w)), ...conditionRefs(c.mention.when)]);
  const walk = enumeratePaths(guide, { alsoVary: [...vary, ...lists.flatMap((c) => c.listedWhens.flatMap((w) => conditionRefs(w)))] });
  const shown = (p: GuidePath, c: TextCheck | ListCheck) => p.outcome === c.outcome.id && holds(guide, c.mention.when, p.answers);
  const drawn = (p: GuidePath, c: TextCheck | ListCheck) => c.nodeWhens.some((w) => holds(guide, w, p.answers));
  const problems: Problem[] = [];
  for (const check of checks) {
    const bad = walk.paths.find((p) => shown(p, check) && !drawn(p, check));
    if (!bad) continue;
    problems.push({
      file,
      path: check.mention.path,
      message: `names ${check.label}, which the diagram draws only under a condition, but shows when it is not drawn (${show(bad)}); give this text the node's "when"`,
    });
  }
  const reported = new Set<string>();
  for (const list of lists) {
    const key = `${list.oi}|${list.service}`;
    if (reported.has(key)) continue;
    const bad = walk.paths.find((p) => shown(p, list) && drawn(p, list) && !list.listedWhens.some((w) => holds(guide, w, p.answers)));
    if (!bad) continue;
    reported.add(key);
    problems.push({
      file,
      path: `outcomes[${list.oi}].services`,
      message: `the diagram draws ${list.label} and ${list.mention.path} relies on it, but the recommended services do not list it (${show(bad)}); add "${list.service}", with the node's "when" if it has one`,
    });
  }
  return problems;
}

const show = (p: GuidePath) => Object.entries(p.answers).map(([k, v]) => `${k}=${v}`).join(', ');
