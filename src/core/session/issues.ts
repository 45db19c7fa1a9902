import type { z } from 'zod';

/** Keys and messages can quote the file, and a hostile file can hold a megabyte-long key. */
export const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `sessions[3].runs[0].answers.rpo`: where a problem is, the way a person reads a JSON path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${clip(String(key), 40)}` : clip(String(key), 40);
  }
  return out || '(top level)';
}

/** The first few schema problems, each naming where it is; the rest counted, not listed. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const shown = error.issues.slice(0, max).map((issue) => `${formatPath(issue.path)}: ${clip(issue.message, 160)}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
