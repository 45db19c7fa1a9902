import type { GuideSummary, SearchField } from '../../../core/library-shelf';

export type GuideMatch = {
  guide: GuideSummary;
  /** what matched besides the title, to show under the card ("Service: Amazon SQS") */
  hint?: string;
};

const normalize = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

const hintLabel: Record<SearchField['kind'], string> = { title: '', purpose: '', question: 'Question', service: 'Service' };

/**
 * Guides whose fields (title, purpose, question prompts, service names: GuideSummary.search)
 * contain every word of the query, in any field and any order. A blank query keeps every
 * guide. Order is preserved so the home screen's grouping stays stable.
 */
export function searchGuides(guides: readonly GuideSummary[], query: string): GuideMatch[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return guides.map((guide) => ({ guide }));
  return guides.flatMap((guide) => {
    const fields = guide.search.map((f) => ({ ...f, norm: normalize(f.text) }));
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
