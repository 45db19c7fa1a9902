import { formatNumber, questionById } from './answers';
import type { Step } from './decide';
import type { Condition, Guide, NumberQuestion, Question } from './schema';
import { parseTarget } from './targets';

/**
 * The guide itself as a graph (questions and outcomes, one edge per rule) and the words that
 * label it, so the decision-path view draws data, not rules it would have to re-read.
 */

export type GuideGraphNode =
  | { id: string; kind: 'question'; ref: string; label: string; detail: string }
  | { id: string; kind: 'outcome'; ref: string; label: string; detail: string };

export type GuideGraphEdge = {
  id: string;
  from: string;
  to: string;
  /** the question whose rule this is, and the rule's index in its `next` */
  question: string;
  rule: number;
  /** the rule's condition in words; empty when the rule is the question's only one */
  label: string;
};

export type GuideGraph = { nodes: GuideGraphNode[]; edges: GuideGraphEdge[] };

export const questionNodeId = (id: string) => `q:${id}`;
export const outcomeNodeId = (id: string) => `o:${id}`;
export const ruleEdgeId = (question: string, rule: number) => `${question}#${rule}`;
const targetNodeId = (to: string) => {
  const t = parseTarget(to);
  return t.kind === 'outcome' ? outcomeNodeId(t.id) : questionNodeId(t.id);
};

/** Words in question ids that are abbreviations, as they are written. */
const SPELLING: Record<string, string> = {
  rpo: 'RPO', rto: 'RTO', mb: 'MB', gb: 'GB', tb: 'TB', kb: 'KB', vpc: 'VPC', aws: 'AWS', gbps: 'Gbps', mps: 'msg/s',
  s3: 'S3', ec2: 'EC2', api: 'API', saas: 'SaaS', prem: 'premises',
};

/**
 * A question's name in a few words: the author's `short`, else an acronym the prompt ends
 * with ("… (RPO)"), else the id split into words ("peakMps" → "peak MPS").
 */
export function shortLabel(question: Question): string {
  if (question.short) return question.short;
  const acronym = /\(([A-Z][A-Z0-9]{1,7})\)\s*$/.exec(question.prompt.trim());
  if (acronym) return acronym[1]!;
  return question.id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((w) => SPELLING[w.toLowerCase()] ?? w.toLowerCase())
    .join(' ');
}

/** "work-queue" → "work queue": choice ids are written to read as words. */
const words = (value: string) => value.replace(/-/g, ' ');

/** A band as a range of numbers: "< 2,401 msg/s", "2,401–3,000 msg/s", "≥ 3,001 msg/s". */
export function bandRange(question: NumberQuestion, from: number, to = from): string {
  const lower = from === 0 ? undefined : question.bands[from - 1]!.below;
  const upper = question.bands[to]!.below;
  const unit = ` ${question.unit}`;
  if (lower === undefined && upper === undefined) return `any ${question.unit}`;
  if (lower === undefined) return `< ${formatNumber(upper!)}${unit}`;
  if (upper === undefined) return `≥ ${formatNumber(lower)}${unit}`;
  // Whole-number answers read better as an inclusive range.
  if (question.integer && Number.isInteger(upper)) return `${formatNumber(lower)}–${formatNumber(upper - 1)}${unit}`;
  return `${formatNumber(lower)} to < ${formatNumber(upper)}${unit}`;
}

/** The values a test accepts, in words; neighbouring bands merge into one range. */
function valuesInWords(question: Question | undefined, values: string[]): string {
  if (!question) return values.map(words).join(' or ');
  if (question.kind === 'choice') return values.map(words).join(' or ');
  const indices = question.bands.map((b, i) => (values.includes(b.id) ? i : -1)).filter((i) => i >= 0);
  const runs: [number, number][] = [];
  for (const i of indices) {
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.map(([a, b]) => bandRange(question, a, b)).join(' or ');
}

/**
 * A condition in words. Tests on `own` (the question the rule belongs to) name only the
 * value ("work queue"); tests on earlier questions name the question too ("RPO ≥ 60 min").
 */
export function conditionInWords(guide: Guide, condition: Condition | undefined, own?: string): string {
  if (!condition) return '';
  const inner = (c: Condition) => {
    const text = conditionInWords(guide, c, own);
    return 'all' in c || 'any' in c ? `(${text})` : text;
  };
  if ('all' in condition) return condition.all.map(inner).join(' and ');
  if ('any' in condition) return condition.any.map(inner).join(' or ');
  if ('not' in condition) return `not ${inner(condition.not)}`;
  const question = questionById(guide, condition.q);
  const values = valuesInWords(question, 'is' in condition ? [condition.is] : condition.in);
  if (condition.q === own || !question) return values;
  return question.kind === 'number' ? `${shortLabel(question)} ${values}` : `${shortLabel(question)}: ${values}`;
}

/** Questions then outcomes, one edge per rule, in the guide's own order. */
export function guideGraph(guide: Guide): GuideGraph {
  const nodes: GuideGraphNode[] = [
    ...guide.questions.map((q) => ({ id: questionNodeId(q.id), kind: 'question' as const, ref: q.id, label: shortLabel(q), detail: q.prompt })),
    ...guide.outcomes.map((o) => ({ id: outcomeNodeId(o.id), kind: 'outcome' as const, ref: o.id, label: o.title, detail: o.summary })),
  ];
  const edges = guide.questions.flatMap((q) =>
    q.next.map((rule, i) => ({
      id: ruleEdgeId(q.id, i),
      from: questionNodeId(q.id),
      to: targetNodeId(rule.to),
      question: q.id,
      rule: i,
      label: rule.when ? conditionInWords(guide, rule.when, q.id) : q.next.length > 1 ? 'otherwise' : '',
    })),
  );
  return { nodes, edges };
}

export type PathHighlight = {
  /** graph node ids on the path, start first */
  nodes: string[];
  /** graph edge ids taken, in order */
  edges: string[];
  /** where the path ends: the outcome reached, or the question waiting for an answer */
  end: string;
};

/**
 * The part of the graph a decision walked. The end is where the last rule taken points: the
 * outcome reached, or the question a pending decision waits on (the start if none answered).
 */
export function pathHighlight(guide: Guide, decision: { path: Step[] }): PathHighlight {
  const nodes = decision.path.map((s) => questionNodeId(s.question));
  const edges = decision.path.map((s) => ruleEdgeId(s.question, s.rule));
  const last = decision.path.at(-1);
  const rule = last ? questionById(guide, last.question)?.next[last.rule] : undefined;
  const end = rule ? targetNodeId(rule.to) : questionNodeId(guide.start);
  if (!nodes.includes(end)) nodes.push(end);
  return { nodes, edges, end };
}
