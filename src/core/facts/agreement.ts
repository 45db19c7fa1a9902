import { formatNumber } from '../guide/answers';
import type { Problem } from '../guide/problems';
import type { FactIndex } from './load';
import { FACT_REF, factDisplay, factRefs } from './refs';
import type { FactEntry } from './schema';
import { stringsOf } from './texts';

/**
 * Sentences end at . ! ? ; or a line break followed by space; a decimal point ("0.085") or
 * an abbreviation stuck to the next character does not end one.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim().length > 0);
}

/** Numbers written as words in prose ("up to five read replicas"). */
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};

/** "$1,250.5", "0.085", "15", "five" → number; k/K thousands as written in "3k". */
const NUMBER = String.raw`(?<![\w.])\$?(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(WORDS).join('|')})(?:\.(\d+))?(k|K)?`;

function parseStated(whole: string, frac: string | undefined, thousands: string | undefined): number {
  const word = WORDS[whole.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(`${whole.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
  return thousands ? n * 1000 : n;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Does a stated number agree with the fact: its value, inside its range, or one of `accepts`? */
export function agrees(fact: FactEntry, stated: number): boolean {
  if (fact.accepts.some((a) => near(a, stated))) return true;
  if (typeof fact.value === 'number') return near(fact.value, stated);
  return stated >= fact.value[0] - 1e-9 && stated <= fact.value[1] + 1e-9;
}

/**
 * A stated range ("1 to 365 days", "1–2 minutes") agrees with a single-value fact when it
 * runs up to that value, and with a range fact when both ends lie inside it.
 */
export function rangeAgrees(fact: FactEntry, low: number, high: number): boolean {
  if (typeof fact.value === 'number') return agrees(fact, high);
  return agrees(fact, low) && agrees(fact, high);
}

type Claim = { stated: number; high?: number; written: string; candidates: FactEntry[] };

/**
 * The numbers a sentence states about facts: for each fact whose phrase the sentence
 * contains, each number followed by that fact's unit. A number agrees when it equals any of
 * the facts claimed for it (RDS allows 15 read replicas, Oracle 5: both facts speak of read
 * replicas). Sentences citing a fact by {fact:id} are exempt for that fact.
 */
function claims(sentence: string, facts: FactIndex): Claim[] {
  const lower = sentence.toLowerCase();
  const cited = new Set(factRefs(sentence).map((r) => r.id));
  const plain = sentence.replace(FACT_REF, ' ');
  const byPosition = new Map<number, Claim>();
  for (const fact of facts.facts) {
    if (cited.has(fact.id)) continue;
    for (const check of fact.checks) {
      if (!check.phrases.some((p) => lower.includes(p.toLowerCase()))) continue;
      const pattern = new RegExp(`${NUMBER}(?:\\s*(?:–|-|to)\\s*\\$?(\\d[\\d,]*(?:\\.\\d+)?))?\\s*(?:${check.unit})`, 'giu');
      for (const m of plain.matchAll(pattern)) {
        const high = m[4] === undefined ? undefined : Number(m[4].replace(/,/g, ''));
        const claim = byPosition.get(m.index) ?? { stated: parseStated(m[1]!, m[2], m[3]), high, written: m[0].trim(), candidates: [] };
        claim.candidates.push(fact);
        byPosition.set(m.index, claim);
      }
    }
  }
  return [...byPosition.values()];
}

/**
 * Every statement in a data value that contradicts the facts file, reported as
 * `file: json.path: message`. Cheap and deliberately narrow: a fact's phrases say which
 * sentences speak of it, its unit which numbers.
 */
export function lintAgreement(value: unknown, file: string, facts: FactIndex, basePath = ''): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of stringsOf(value, basePath)) {
    for (const sentence of sentences(text)) {
      for (const claim of claims(sentence, facts)) {
        const fits = (f: FactEntry) => (claim.high === undefined ? agrees(f, claim.stated) : rangeAgrees(f, claim.stated, claim.high));
        if (claim.candidates.some(fits)) continue;
        const wanted = claim.candidates.map((f) => `${factDisplay(f)} ({fact:${f.id}})`).join(' or ');
        problems.push({ file, path, message: `"${claim.written}" (${formatNumber(claim.stated)}) disagrees with the facts file: ${wanted}; state that value or cite the fact` });
      }
    }
  }
  return problems;
}

/** References to facts that do not exist, by JSON path. */
export function lintFactRefs(value: unknown, file: string, facts: FactIndex, basePath = ''): Problem[] {
  return stringsOf(value, basePath).flatMap(({ path, text }) =>
    factRefs(text)
      .filter((r) => !facts.byId.has(r.id))
      .map((r) => ({ file, path, message: `{fact:${r.id}} names no fact in decision-trees/facts/` })),
  );
}
