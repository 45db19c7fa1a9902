import { fillTemplate } from './answers';
import { holds } from './conditions';
import type { Answers, Artefact, ArtefactParam, Guide, Outcome } from './schema';

/**
 * Artefacts: the policy or configuration an outcome implies, filled from the answers and
 * from a few values the user types (namespace, account id, Regions). Pure: the same inputs
 * always give the same text, so the screen, the ADR and the lint render identical snippets.
 */

/** Values typed for an artefact's parameters, by parameter id. Missing ones use the default. */
export type ParamValues = Record<string, string>;

export type RenderedParam = {
  id: string;
  label: string;
  help?: string;
  /** the value used in the text: what the user typed if valid, else the default */
  value: string;
  /** what the user typed, or the default when nothing was typed */
  typed: string;
  default: string;
  hint: string;
  list: boolean;
  /** why the typed value was not used, naming the parameter and what is allowed */
  error?: string;
};

export type RenderedArtefact = {
  id: string;
  title: string;
  kind: Artefact['kind'];
  description: string;
  language: Artefact['language'];
  /** the snippet to copy: pretty-printed JSON for documents, the filled template for text */
  text: string;
  /** the filled document, for validation (JSON documents only) */
  document?: unknown;
  params: RenderedParam[];
};

/**
 * The Markdown-style fence for a snippet: three backticks, or one more than the longest run
 * of backticks in the text, so no value can close the block early.
 */
export const codeFence = (text: string): string => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

/** `{name}`, but not the `${aws:username}` policy variables IAM itself understands. */
const PLACEHOLDER = /(?<!\$)\{([a-zA-Z][A-Za-z0-9]*)\}/g;

/** Placeholder names used anywhere in an artefact, in order of first use. */
export function artefactPlaceholders(artefact: Artefact): string[] {
  const names: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(PLACEHOLDER)) if (!names.includes(m[1]!)) names.push(m[1]!);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => (visit(k), visit(v)));
  };
  visit(artefact.document ?? artefact.text ?? '');
  return names;
}

/** The items of a list parameter's value: comma-separated, trimmed, empty ones dropped. */
export const listItems = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Check a typed value against the parameter's pattern. Returns the message to show, or
 * undefined when the value is fine. A bad pattern in the guide is reported by the linter.
 */
export function paramError(param: ArtefactParam, value: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${param.pattern})$`);
  } catch {
    return `${param.label}: the guide's pattern for this value is not a valid regular expression`;
  }
  const items = param.list ? listItems(value) : [value.trim()];
  if (items.length === 0 || items.some((i) => i === '')) return `${param.label}: enter a value (${param.hint})`;
  const bad = items.find((i) => !re.test(i));
  return bad === undefined ? undefined : `${param.label}: "${bad}" is not allowed; ${param.hint}`;
}

function resolveParams(artefact: Artefact, values: ParamValues): RenderedParam[] {
  return artefact.params.map((p) => {
    const typed = values[p.id] ?? p.default;
    const error = paramError(p, typed);
    return {
      id: p.id, label: p.label, ...(p.help ? { help: p.help } : {}), typed, default: p.default, hint: p.hint, list: p.list,
      value: error ? p.default : p.list ? listItems(typed).join(', ') : typed.trim(),
      ...(error ? { error } : {}),
    };
  });
}

/** Fill one artefact from the answers and the typed parameter values. */
export function renderArtefact(guide: Guide, artefact: Artefact, answers: Answers, values: ParamValues = {}): RenderedArtefact {
  const params = resolveParams(artefact, values);
  const byId = new Map(params.map((p) => [p.id, p]));
  const isQuestion = (name: string) => guide.questions.some((q) => q.id === name);

  const fillString = (s: string): string | number =>
    s.replace(PLACEHOLDER, (whole, name: string) => {
      const p = byId.get(name);
      if (p) return p.list ? listItems(p.value).join(',') : p.value;
      const a = answers[name];
      return isQuestion(name) && a !== undefined ? String(a) : whole;
    });
  const whole = (s: string) => /^\{([a-zA-Z][A-Za-z0-9]*)\}$/.exec(s)?.[1];

  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const name = whole(value);
      const a = name !== undefined && !byId.has(name) ? answers[name] : undefined;
      return typeof a === 'number' ? a : fillString(value);
    }
    if (Array.isArray(value)) {
      return value.flatMap((item) => {
        const name = typeof item === 'string' ? whole(item) : undefined;
        const p = name !== undefined ? byId.get(name) : undefined;
        return p?.list ? listItems(p.value) : [fill(item)];
      });
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [String(fillString(k)), fill(v)]));
    }
    return value;
  };

  const base = {
    id: artefact.id, title: artefact.title, kind: artefact.kind, description: fillTemplate(guide, artefact.description, answers),
    language: artefact.language, params,
  };
  if (artefact.document !== undefined) {
    const document = fill(artefact.document);
    return { ...base, language: 'json', document, text: JSON.stringify(document, null, 2) };
  }
  return { ...base, text: String(fillString(artefact.text ?? '')) };
}

/**
 * The outcome's artefacts that apply to these answers, filled. Values are keyed by parameter
 * id and shared by all of the outcome's artefacts: an account id typed once fills the trust
 * policy and the commands beside it.
 */
export function renderArtefacts(guide: Guide, outcome: Outcome, answers: Answers, values: ParamValues = {}): RenderedArtefact[] {
  return outcome.artefacts.filter((a) => holds(guide, a.when, answers)).map((a) => renderArtefact(guide, a, answers, values));
}
