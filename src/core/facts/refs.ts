import { formatNumber } from '../guide/answers';
import type { FactEntry } from './schema';
import type { FactIndex } from './load';

/**
 * References to facts. In any text: {fact:<id>} reads as the fact's display ("1,000 records
 * per second"); {fact:<id>:n} reads as its bare number ("1,000"). In a figure formula,
 * {fact:<id>} is the number itself (1000), so a threshold is written once, in the facts file.
 */
export const FACT_REF = /\{fact:([a-z0-9.-]+?)(:n)?\}/g;

export type FactRef = { id: string; bare: boolean; index: number };

export function factRefs(text: string): FactRef[] {
  return [...text.matchAll(FACT_REF)].map((m) => ({ id: m[1]!, bare: m[2] === ':n', index: m.index }));
}

/** The number a fact stands for in a formula: the value, or the low end of a range. */
export function factNumber(fact: FactEntry): number {
  return typeof fact.value === 'number' ? fact.value : fact.value[0];
}

/** The fact as a text shows it: its display, or "<value> <unit>" ("1–2 minutes" for a range). */
export function factDisplay(fact: FactEntry, bare = false): string {
  const n = typeof fact.value === 'number' ? formatNumber(fact.value) : `${formatNumber(fact.value[0])}–${formatNumber(fact.value[1])}`;
  if (bare) return n;
  return fact.display ?? `${n} ${fact.unit}`;
}

/** Replace every known reference in a text; unknown ones stay visible (the linter names them). */
export function renderFactRefs(text: string, facts: FactIndex): string {
  return text.replace(FACT_REF, (whole, id: string, bare?: string) => {
    const fact = facts.byId.get(id);
    return fact ? factDisplay(fact, bare === ':n') : whole;
  });
}

/** Replace references in a formula with the plain number, so the formula language stays tiny. */
export function resolveFormula(formula: string, facts: FactIndex): string {
  return formula.replace(FACT_REF, (whole, id: string) => {
    const fact = facts.byId.get(id);
    return fact ? String(factNumber(fact)) : whole;
  });
}

/** Fields that hold formulas: figures' `formula`, a chart's series `values` and x axis `from`/`to`, a check's `below`/`above`. */
const FORMULA_KEYS = new Set(['formula', 'values', 'from', 'to', 'below', 'above']);

/**
 * A deep copy of a data value (a guide, a card, a scenario) with every reference resolved:
 * fields holding formulas (FORMULA_KEYS) get numbers, every other string its display text. Shapes are kept.
 */
export function resolveFactRefs<T>(value: T, facts: FactIndex, key?: string): T {
  if (typeof value === 'string') {
    if (!value.includes('{fact:')) return value;
    return (key !== undefined && FORMULA_KEYS.has(key) ? resolveFormula(value, facts) : renderFactRefs(value, facts)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => resolveFactRefs(v, facts, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveFactRefs(v, facts, k)])) as T;
  }
  return value;
}
