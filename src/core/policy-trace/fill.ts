import { listItems } from '../guide/artefact';
import type { DerivedValue } from './schema';

/**
 * Filling a trace's templates with the user's values. `{name}` is a parameter of the
 * outcome's artefacts or a value derived from one (the first approved Region, a Region not
 * on the list); `${aws:username}`-style IAM policy variables are left alone, as in artefact.ts.
 */

const PLACEHOLDER = /(?<!\$)\{([a-zA-Z][A-Za-z0-9]*)\}/g;

/** One parameter as the artefacts resolved it: `value` is what the snippets use (a list joined by ", "). */
export type TraceParam = { id: string; value: string; list: boolean };

/** Values by placeholder name: scalars as typed, lists joined by ", ", derived ones computed; undefined when none exists. */
export type TraceValues = { text: Record<string, string | undefined>; lists: Record<string, string[]> };

/** Resolve parameters and the derived values defined from them. Unknown `from` names derive nothing. */
export function traceValues(params: TraceParam[], derived: Record<string, DerivedValue>): TraceValues {
  const text: Record<string, string | undefined> = {};
  const lists: Record<string, string[]> = {};
  for (const p of params) {
    text[p.id] = p.list ? listItems(p.value).join(', ') : p.value;
    if (p.list) lists[p.id] = listItems(p.value);
  }
  for (const [name, d] of Object.entries(derived)) {
    const list = lists[d.from] ?? [];
    if (d.take === 'literal') text[name] = text[d.from]?.replace(/[*?]/g, 'x');
    else text[name] = d.take === 'first' ? list[0] : d.candidates.find((c) => !list.includes(c));
  }
  return { text, lists };
}

/** Placeholder names a template uses. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Fill a template; a placeholder without a value is left as written (callers check `missingValues` first). */
export const fillTemplate = (template: string, values: TraceValues): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => values.text[name] ?? whole);

/** Placeholders of these templates that have no value, e.g. a Region outside a list that holds every candidate. */
export function missingValues(templates: string[], values: TraceValues): string[] {
  return [...new Set(templates.flatMap(placeholdersOf))].filter((n) => values.text[n] === undefined);
}

/**
 * A policy's condition values as IAM sees them: a `{list}` item becomes the list's items,
 * anything else is filled. Returns the values in policy order.
 */
export function expandValues(templates: string[], values: TraceValues): string[] {
  return templates.flatMap((t) => {
    const whole = /^\{([a-zA-Z][A-Za-z0-9]*)\}$/.exec(t)?.[1];
    return whole !== undefined && values.lists[whole] ? values.lists[whole] : [fillTemplate(t, values)];
  });
}
