import { artefactPlaceholders, paramError, renderArtefact, type RenderedArtefact } from './artefact';
import { policyShapeProblems } from './artefact-policy';
import { conditionRefs, holds } from './conditions';
import { enumeratePaths, type GuidePath } from './enumerate';
import type { Problem } from './problems';
import { IAM_ARTEFACT_KINDS, type Answers, type Guide } from './schema';

const IAM_KINDS: readonly string[] = IAM_ARTEFACT_KINDS;
export const isIamKind = (kind: string) => IAM_KINDS.includes(kind);

/** Every artefact an outcome can show, rendered with default parameters on every path that shows it. */
export type ArtefactCase = { outcome: string; outcomeIndex: number; artefactIndex: number; answers: Answers; rendered: RenderedArtefact };

/**
 * Walk every path (varying the questions artefacts read, not only the routing ones) and
 * render each artefact whose condition holds. The lint and the IAM check both use this, so
 * what they validate is exactly what a user can be shown.
 */
export function artefactCases(guide: Guide): ArtefactCase[] {
  const read = guide.outcomes.flatMap((o) => o.artefacts.flatMap((a) => [...conditionRefs(a.when), ...artefactPlaceholders(a)]));
  const vary = read.filter((id) => guide.questions.some((q) => q.id === id));
  if (!guide.outcomes.some((o) => o.artefacts.length)) return [];
  const paths: GuidePath[] = enumeratePaths(guide, { alsoVary: vary }).paths;
  const cases: ArtefactCase[] = [];
  guide.outcomes.forEach((outcome, oi) => {
    if (!outcome.artefacts.length) return;
    for (const path of paths.filter((p) => p.outcome === outcome.id)) {
      outcome.artefacts.forEach((artefact, ai) => {
        if (holds(guide, artefact.when, path.answers)) {
          cases.push({ outcome: outcome.id, outcomeIndex: oi, artefactIndex: ai, answers: path.answers, rendered: renderArtefact(guide, artefact, path.answers) });
        }
      });
    }
  });
  return cases;
}

/**
 * Synchronous checks on artefacts (the guide lint runs them): parameters are well-formed and
 * their defaults valid, every placeholder names a parameter or a question answered on every
 * path that shows the artefact, and every IAM document has the policy grammar of its kind.
 */
export function lintArtefacts(guide: Guide, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (path: string, message: string) => {
    const key = `${path}|${message}`;
    if (!seen.has(key)) (seen.add(key), problems.push({ file, path, message }));
  };
  const questionIds = new Set(guide.questions.map((q) => q.id));

  guide.outcomes.forEach((outcome, oi) => {
    const ids = new Set<string>();
    outcome.artefacts.forEach((artefact, ai) => {
      const at = `outcomes[${oi}].artefacts[${ai}]`;
      if (ids.has(artefact.id)) report(`${at}.id`, `artefact id "${artefact.id}" is used twice in outcome "${outcome.id}"`);
      ids.add(artefact.id);
      if (isIamKind(artefact.kind) && artefact.document === undefined) report(at, `a ${artefact.kind} must be a JSON document, not text`);
      const paramIds = new Set<string>();
      artefact.params.forEach((p, pi) => {
        if (paramIds.has(p.id)) report(`${at}.params[${pi}].id`, `parameter "${p.id}" is declared twice`);
        if (questionIds.has(p.id)) report(`${at}.params[${pi}].id`, `parameter "${p.id}" has the id of a question; rename one`);
        paramIds.add(p.id);
        const error = paramError(p, p.default);
        if (error) report(`${at}.params[${pi}].default`, `the default does not pass its own check: ${error}`);
      });
      for (const name of artefactPlaceholders(artefact)) {
        if (!paramIds.has(name) && !questionIds.has(name)) report(at, `{${name}} names neither a parameter nor a question`);
      }
      artefact.params.forEach((p, pi) => {
        if (!artefactPlaceholders(artefact).includes(p.id)) report(`${at}.params[${pi}]`, `parameter "${p.id}" is never used in the artefact`);
      });
    });
  });
  if (problems.length) return problems;

  for (const c of artefactCases(guide)) {
    const at = `outcomes[${c.outcomeIndex}].artefacts[${c.artefactIndex}]`;
    const artefact = guide.outcomes[c.outcomeIndex]!.artefacts[c.artefactIndex]!;
    for (const name of artefactPlaceholders(artefact)) {
      if (questionIds.has(name) && !artefact.params.some((p) => p.id === name) && c.answers[name] === undefined) {
        report(at, `{${name}} is not answered on every path that shows this artefact`);
      }
    }
    if (isIamKind(c.rendered.kind)) {
      for (const message of policyShapeProblems(c.rendered.kind as never, c.rendered.document)) report(at, `${c.rendered.kind} "${artefact.id}": ${message}`);
    }
  }
  return problems;
}
