import { z } from 'zod';

/** The building blocks every guide schema shares: ids, texts and conditions over answers. */

export const id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
export const questionId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits');
export const text = z.string().trim().min(1, 'must not be empty');

/**
 * A condition over answers. Number questions are compared through their bands, so every
 * condition has a finite domain: the linter can enumerate every case exactly.
 */
export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: questionId, is: z.string().min(1) }),
    z.strictObject({ q: questionId, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
