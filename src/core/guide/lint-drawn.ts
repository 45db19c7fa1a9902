import type { CatalogIndex } from '../catalog/load';
import { conditionRefs, holds } from './conditions';
import { enumeratePaths } from './enumerate';
import type { Problem } from './problems';
import type { Condition, Guide, Outcome } from './schema';

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

/**
 * Texts that depend on what is drawn: when every node of a service carries a `when`, a text
 * naming that service must show only where at least one of those nodes is drawn. Proved over
 * every path reaching the outcome, varying every question the conditions read.
 */
export function lintDrawn(guide: Guide, file: string, catalog: CatalogIndex): Problem[] {
  const checks: { oi: number; outcome: Outcome; service: string; label: string; nodeWhens: Condition[]; mention: Mention }[] = [];
  guide.outcomes.forEach((outcome, oi) => {
    const byService = new Map<string, (Condition | undefined)[]>();
    outcome.diagram.nodes.forEach((n) => byService.set(n.service, [...(byService.get(n.service) ?? []), n.when]));
    for (const [serviceId, whens] of byService) {
      if (!DRAWN_DEPENDENTS.has(serviceId) || whens.some((w) => w === undefined)) continue;
      const service = catalog.byId.get(serviceId);
      if (!service || service.provider === 'generic' || service.short.length < 3) continue;
      for (const mention of mentions(outcome, `outcomes[${oi}]`)) {
        if (names(mention.text, service.short, service.name)) {
          checks.push({ oi, outcome, service: serviceId, label: service.short, nodeWhens: whens as Condition[], mention });
        }
      }
    }
  });
  if (checks.length === 0) return [];
  const vary = checks.flatMap((c) => [...c.nodeWhens.flatMap((w) => conditionRefs(w)), ...conditionRefs(c.mention.when)]);
  const walk = enumeratePaths(guide, { alsoVary: vary });
  const problems: Problem[] = [];
  for (const check of checks) {
    const bad = walk.paths.find(
      (p) => p.outcome === check.outcome.id && holds(guide, check.mention.when, p.answers) && !check.nodeWhens.some((w) => holds(guide, w, p.answers)),
    );
    if (!bad) continue;
    const answers = Object.entries(bad.answers).map(([k, v]) => `${k}=${v}`).join(', ');
    problems.push({
      file,
      path: check.mention.path,
      message: `names ${check.label}, which the diagram draws only under a condition, but shows when it is not drawn (${answers}); give this text the node's "when"`,
    });
  }
  return problems;
}
