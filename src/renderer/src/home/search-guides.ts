import type { CatalogIndex } from '../../../core/catalog/load';
import { serviceIdOf, type Guide } from '../../../core/guide/schema';

export type GuideMatch = {
  guide: Guide;
  /** what matched besides the title, to show under the card ("Service: Amazon SQS") */
  hint?: string;
};

type Field = { kind: 'title' | 'purpose' | 'question' | 'service'; text: string };

const normalize = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Everything a guide can be found by: its title, purpose, question prompts and service names. */
export function searchFields(guide: Guide, catalog: CatalogIndex): Field[] {
  const serviceIds = new Set(guide.outcomes.flatMap((o) => [...o.services.map(serviceIdOf), ...o.diagram.nodes.map((n) => n.service)]));
  const services = [...serviceIds].flatMap((id) => {
    const s = catalog.byId.get(id);
    return s && s.provider !== 'generic' ? [{ kind: 'service' as const, text: s.name }] : [];
  });
  return [
    { kind: 'title', text: guide.title },
    { kind: 'purpose', text: guide.purpose },
    ...guide.questions.map((q) => ({ kind: 'question' as const, text: q.prompt })),
    ...services,
  ];
}

const hintLabel: Record<Field['kind'], string> = { title: '', purpose: '', question: 'Question', service: 'Service' };

/**
 * Guides whose fields contain every word of the query (in any field, in any order). A blank
 * query keeps every guide. Order is preserved so the home screen's grouping stays stable.
 */
export function searchGuides(guides: Guide[], catalog: CatalogIndex, query: string): GuideMatch[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return guides.map((guide) => ({ guide }));
  return guides.flatMap((guide) => {
    const fields = searchFields(guide, catalog).map((f) => ({ ...f, norm: normalize(f.text) }));
    const all = fields.map((f) => f.norm).join('\n');
    if (!words.every((w) => all.includes(w))) return [];
    const inTitle = words.every((w) => fields[0]!.norm.includes(w));
    const best = inTitle ? undefined : fields.find((f) => f.kind !== 'title' && words.some((w) => f.norm.includes(w)));
    const hint = best && best.kind !== 'purpose' ? `${hintLabel[best.kind]}: ${best.text}` : undefined;
    return [{ guide, hint }];
  });
}

/** Unavailable files are found by title, id or file name only (their content did not load). */
export function matchesUnavailable(item: { file: string; id?: string; title?: string }, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  const text = normalize([item.file, item.id ?? '', item.title ?? ''].join(' '));
  return words.every((w) => text.includes(w));
}
