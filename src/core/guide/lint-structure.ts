import type { CatalogIndex } from '../catalog/load';
import { conditionTests } from './conditions';
import type { Problem } from './problems';
import { serviceIdOf, serviceWhen, type Condition, type Guide, type Outcome } from './schema';
import { parseTarget } from './targets';

type Report = (path: string, message: string) => void;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Checks that need no path walk: ids, references, bands, catalogue links. */
export function lintStructure(guide: Guide, file: string, catalog: CatalogIndex): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ file, path, message });
  const questions = new Map(guide.questions.map((q) => [q.id, q]));
  const outcomes = new Set(guide.outcomes.map((o) => o.id));

  if (file !== `${guide.id}.json`) report('id', `guide id "${guide.id}" must match its file name (${guide.id}.json)`);
  // Purposes sit side by side on the home screen: all speak to the reader ("Choose …"), none describes the guide ("Chooses …").
  const verb = /^([A-Z][a-z]*[^su]s)\s/.exec(guide.purpose)?.[1];
  if (verb) report('purpose', `write the purpose as an instruction to the reader, like every guide's ("${verb.slice(0, -1)}…"), not "${verb}…"`);
  duplicates(guide.questions.map((q) => q.id)).forEach((id) => report('questions', `question id "${id}" is used twice`));
  duplicates(guide.outcomes.map((o) => o.id)).forEach((id) => report('outcomes', `outcome id "${id}" is used twice`));
  if (!questions.has(guide.start)) report('start', `start question "${guide.start}" does not exist`);

  const checkCondition = (condition: Condition | undefined, path: string) => {
    for (const test of conditionTests(condition, path)) {
      const q = questions.get(test.q);
      if (!q) {
        report(`${test.path}.q`, `condition names unknown question "${test.q}"`);
        continue;
      }
      const allowed = q.kind === 'choice' ? q.choices.map((c) => c.value) : q.bands.map((b) => b.id);
      test.values
        .filter((v) => !allowed.includes(v))
        .forEach((v) => report(test.path, `"${v}" is not a ${q.kind === 'choice' ? 'choice' : 'band'} of ${q.id} (allowed: ${allowed.join(', ')})`));
    }
  };

  guide.questions.forEach((q, qi) => {
    const at = `questions[${qi}]`;
    if (q.kind === 'choice') {
      duplicates(q.choices.map((c) => c.value)).forEach((v) => report(`${at}.choices`, `choice "${v}" is listed twice`));
    } else {
      duplicates(q.bands.map((b) => b.id)).forEach((v) => report(`${at}.bands`, `band "${v}" is listed twice`));
      if (q.min >= q.max) report(`${at}.max`, `max (${q.max}) must be greater than min (${q.min})`);
      let previous = q.min;
      q.bands.forEach((band, bi) => {
        const last = bi === q.bands.length - 1;
        if (last && band.below !== undefined) report(`${at}.bands[${bi}].below`, 'the last band must have no "below": it runs to max, so no value is left uncovered');
        if (!last && band.below === undefined) report(`${at}.bands[${bi}].below`, 'only the last band may omit "below": this band would swallow the ones after it');
        if (band.below !== undefined) {
          if (band.below <= previous) report(`${at}.bands[${bi}].below`, `cut point ${band.below} must be greater than ${previous}: bands would overlap or be empty`);
          if (band.below > q.max) report(`${at}.bands[${bi}].below`, `cut point ${band.below} is above max ${q.max}: later bands can never be reached`);
          previous = band.below;
        }
      });
      if (q.placeholder !== undefined && (q.placeholder < q.min || q.placeholder > q.max)) {
        report(`${at}.placeholder`, `placeholder ${q.placeholder} is outside ${q.min}..${q.max}`);
      }
    }
    q.next.forEach((t, ti) => {
      const target = parseTarget(t.to);
      const exists = target.kind === 'outcome' ? outcomes.has(target.id) : questions.has(target.id);
      if (!exists) report(`${at}.next[${ti}].to`, `unknown ${target.kind} "${target.id}"`);
      if (target.kind === 'question' && target.id === q.id) report(`${at}.next[${ti}].to`, 'a question cannot lead to itself');
      checkCondition(t.when, `${at}.next[${ti}].when`);
      if (!t.when && ti < q.next.length - 1) report(`${at}.next[${ti + 1}]`, 'unreachable rule: an earlier rule without "when" always matches first');
    });
  });

  guide.outcomes.forEach((o, oi) => problems.push(...lintOutcome(guide, o, `outcomes[${oi}]`, file, catalog, outcomes, checkCondition)));
  return problems;
}

function lintOutcome(
  guide: Guide, outcome: Outcome, at: string, file: string, catalog: CatalogIndex,
  outcomes: Set<string>, checkCondition: (c: Condition | undefined, path: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ file, path, message });
  outcome.services.forEach((entry, i) => {
    const id = serviceIdOf(entry);
    if (!catalog.byId.has(id)) report(`${at}.services[${i}]`, `unknown service "${id}" (not in the catalogue)`);
    checkCondition(serviceWhen(entry), `${at}.services[${i}].when`);
  });
  if (typeof outcome.services[0] !== 'string') report(`${at}.services[0]`, 'the main service must not depend on a condition, or some paths would recommend nothing first');
  for (const other of outcomes) {
    if (other !== outcome.id && !outcome.whyNot[other]) report(`${at}.whyNot`, `missing why-not for outcome "${other}"`);
  }
  for (const key of Object.keys(outcome.whyNot)) {
    if (key === outcome.id) report(`${at}.whyNot.${key}`, 'an outcome needs no why-not for itself');
    else if (!outcomes.has(key)) report(`${at}.whyNot.${key}`, `unknown outcome "${key}"`);
  }
  outcome.notes.forEach((n, i) => checkCondition(n.when, `${at}.notes[${i}].when`));
  outcome.warnings.forEach((n, i) => checkCondition(n.when, `${at}.warnings[${i}].when`));
  outcome.figures.forEach((f, i) => checkCondition(f.when, `${at}.figures[${i}].when`));
  outcome.charts.forEach((c, i) => checkCondition(c.when, `${at}.charts[${i}].when`));
  duplicates(outcome.charts.map((c) => c.id)).forEach((id) => report(`${at}.charts`, `chart id "${id}" is used twice`));

  const d = outcome.diagram;
  const containerIds = d.containers.map((c) => c.id);
  const elementIds = [...containerIds, ...d.nodes.map((n) => n.id)];
  duplicates(elementIds).forEach((id) => report(`${at}.diagram`, `diagram id "${id}" is used twice`));
  d.containers.forEach((c, i) => {
    checkCondition(c.when, `${at}.diagram.containers[${i}].when`);
    if (c.parent && !containerIds.includes(c.parent)) report(`${at}.diagram.containers[${i}].parent`, `unknown container "${c.parent}"`);
    let cursor: string | undefined = c.parent;
    for (let depth = 0; cursor; depth++) {
      if (cursor === c.id || depth > containerIds.length) {
        report(`${at}.diagram.containers[${i}].parent`, `container "${c.id}" is inside itself`);
        break;
      }
      cursor = d.containers.find((x) => x.id === cursor)?.parent;
    }
  });
  d.nodes.forEach((n, i) => {
    checkCondition(n.when, `${at}.diagram.nodes[${i}].when`);
    if (!catalog.byId.has(n.service)) report(`${at}.diagram.nodes[${i}].service`, `unknown service "${n.service}" (not in the catalogue)`);
    if (n.parent && !containerIds.includes(n.parent)) report(`${at}.diagram.nodes[${i}].parent`, `unknown container "${n.parent}"`);
  });
  d.edges.forEach((e, i) => {
    checkCondition(e.when, `${at}.diagram.edges[${i}].when`);
    if (!elementIds.includes(e.from)) report(`${at}.diagram.edges[${i}].from`, `unknown diagram element "${e.from}"`);
    if (!elementIds.includes(e.to)) report(`${at}.diagram.edges[${i}].to`, `unknown diagram element "${e.to}"`);
    if (e.from === e.to) report(`${at}.diagram.edges[${i}]`, 'an edge cannot join an element to itself');
  });
  void guide;
  return problems;
}
