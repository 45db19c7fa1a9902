import { z } from 'zod';
import { questionId, text, type Condition } from './schema-primitives';

/**
 * A cross-answer check: data that refuses an answer contradicting an earlier one (a peak
 * below the floor, a maximum below the minimum). `when` says when the answer is refused; it
 * is the condition language (choices and bands, all/any/not) plus one comparison of two
 * figure-language formulas over number answers, e.g. { formula: "peakUsd", below: "baselineUsd" }.
 * Evaluated by ./checks.ts for the machine, decide() and the CLI alike.
 */
export type Comparison = { formula: string; below: string } | { formula: string; above: string };
export type CheckCondition =
  | Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>
  | Comparison
  | { all: CheckCondition[] }
  | { any: CheckCondition[] }
  | { not: CheckCondition };

/** A formula, or a plain number written as JSON. */
const formula = z.union([text, z.number().finite().transform(String)]);

export const checkConditionSchema: z.ZodType<CheckCondition, unknown> = z.lazy(() =>
  z.union([
    z.strictObject({ q: questionId, is: z.string().min(1) }),
    z.strictObject({ q: questionId, in: z.array(z.string().min(1)).min(1) }),
    /** strictly below: equal values pass */
    z.strictObject({ formula: text, below: formula }),
    /** strictly above: equal values pass */
    z.strictObject({ formula: text, above: formula }),
    z.strictObject({ all: z.array(checkConditionSchema).min(1) }),
    z.strictObject({ any: z.array(checkConditionSchema).min(1) }),
    z.strictObject({ not: checkConditionSchema }),
  ]),
) as z.ZodType<CheckCondition, unknown>;

export const answerCheckSchema = z.strictObject({
  /** the answer is refused when this holds over the answers so far, this one included */
  when: checkConditionSchema,
  /** shown where the answer was typed; may cite answers as {questionId} */
  message: text,
});

export type AnswerCheckRule = z.infer<typeof answerCheckSchema>;
