import type { z } from 'zod';
import { jsonPath, type Problem } from './problems';
import { guideSchema, type Guide } from './schema';

export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parse JSON text from a data file; never throws, always names the file. */
export function parseJsonText(file: string, text: string): Parsed<unknown> {
  if (text.length > MAX_DATA_FILE_BYTES) {
    return { ok: false, problems: [{ file, path: '', message: `file is larger than ${MAX_DATA_FILE_BYTES} bytes` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', message: `not valid JSON: ${message}` }] };
  }
}

export function fromZod<T>(file: string, result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message })),
  };
}

export function parseGuideText(file: string, text: string): Parsed<Guide> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  return fromZod(file, guideSchema.safeParse(json.value));
}
