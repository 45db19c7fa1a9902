/** A problem in a data file, named by file and JSON path so an author can find it. */
export type Problem = { file: string; path: string; message: string };

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

/** zod issue paths as JSON paths: questions[3].next[1].to */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('');
}
