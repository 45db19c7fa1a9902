import { z } from 'zod';
import { answersSchema, guideIdSchema, questionIdSchema, sessionIdSchema, sessionNameSchema } from './schema';

/**
 * Format version 1, frozen: what the first builds wrote. One guide per session, its fields
 * flat on the session, times as epoch milliseconds, the position as a transition target
 * string ("someQuestion" or "outcome:some-outcome"), and no remembered answers.
 * Never edit this file: old store files and exports are parsed with it before migrating.
 */

/** Up to the end of year 9999, the last instant an ISO timestamp can name without a sign. */
export const MAX_V1_TIME = 253_402_300_799_999;
const epochMs = z.number().int().min(0).max(MAX_V1_TIME);

export const sessionV1Schema = z.strictObject({
  id: sessionIdSchema,
  name: sessionNameSchema,
  createdAt: epochMs,
  updatedAt: epochMs,
  guide: guideIdSchema,
  answers: answersSchema,
  history: z.array(questionIdSchema).max(200),
  at: z.string().regex(/^(outcome:[a-z][a-z0-9-]*|[a-z][A-Za-z0-9]*)$/).max(120),
});

export const storeFileV1Schema = z.strictObject({
  version: z.literal(1),
  sessions: z.array(sessionV1Schema).max(100_000),
});

export const exportFileV1Schema = z.strictObject({
  format: z.literal('archtree.session'),
  version: z.literal(1),
  session: sessionV1Schema,
});

export type SessionV1 = z.output<typeof sessionV1Schema>;
