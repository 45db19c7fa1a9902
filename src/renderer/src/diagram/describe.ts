import type { ArchContainer, ArchEdge, ArchNode, Provenance } from '../../../core/architecture/model';
import { categoryIcon, containerKindLabel } from '../../../core/architecture/icons';
import { edgeAppearance } from './paths';

/** "Peak messages per second? → 2,000 msg/s" */
export const answerLine = (a: Provenance['answers'][number]): string => `${a.prompt} → ${a.answer}`;

/** The accessible name of a service node: "SQS FIFO — why: Holds work in order." */
export const serviceAriaLabel = (node: ArchNode): string => `${node.label} — why: ${node.provenance.reason}`;

/** Everything the tooltip shows, as one sentence list for aria-describedby. */
export function provenanceDescription(title: string, provenance: Provenance): string {
  const parts = [title, `Why: ${provenance.reason}`];
  if (provenance.answers.length > 0) parts.push(`Because you answered: ${provenance.answers.map(answerLine).join('; ')}`);
  return parts.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** Title line of a node's tooltip: the catalogue name, then what kind of thing it is. */
export const serviceTitle = (node: ArchNode): string => `${node.serviceName} (${categoryIcon(node.category).label})`;

export const containerTitle = (c: ArchContainer): string => `${containerKindLabel(c.kind, c.tier)}: ${c.label}`;

/** "SendMessage — asynchronous message from Producer to Queue" */
export function edgeTitle(edge: ArchEdge, names: ReadonlyMap<string, string>): string {
  const from = names.get(edge.from) ?? edge.from;
  const to = names.get(edge.to) ?? edge.to;
  const what = `${edgeAppearance(edge.style).meaning} from ${from} to ${to}`;
  return edge.label ? `${edge.label} — ${what}` : what[0]!.toUpperCase() + what.slice(1);
}
