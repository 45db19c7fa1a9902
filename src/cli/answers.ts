import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnswerArgs, type AnswerArgs } from '../core/guide/answer-args';
import { didYouMean } from '../core/guide/did-you-mean';
import type { Guide } from '../core/guide/schema';
import { stripBom } from '../core/session/safe-json';
import { CliError, type Io } from './io';

/**
 * Answers from a file (--answers), for docs-as-code: one file may hold answers for several
 * guides, as sections named by guide id, and/or flat answers shared by any guide:
 *
 *   { "compute": { "workloadShape": "event-driven" }, "messaging": { "pattern": "work-queue" } }
 *   { "pattern": "work-queue", "ordering": "any-order" }
 *
 * JSON, or YAML for .yaml/.yml files. Values are strings, numbers or booleans. --answer flags
 * win over the file. Answers the path does not ask (and, from the file, questions the guide
 * does not have) are reported as ignored on stderr, not fatal; --strict makes them errors.
 */

export const MAX_ANSWERS_BYTES = 256 * 1024;

type Scalar = string | number | boolean;
export type AnswersFile = { flat: Record<string, string>; byGuide: Record<string, Record<string, string>> };

const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Read and check an answers file; every problem names the file and the key. */
export function readAnswersFile(path: string): AnswersFile {
  let text: string;
  try {
    if (statSync(path).size > MAX_ANSWERS_BYTES) throw new CliError(`${path} is larger than ${MAX_ANSWERS_BYTES / 1024} KiB; an answers file is a few lines`);
    text = stripBom(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const yaml = /^\.ya?ml$/i.test(extname(path));
  let data: unknown;
  try {
    data = yaml ? parseYaml(text, { maxAliasCount: 0 }) : JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new CliError(`${path} must hold an object of answers, e.g. { "compute": { "workloadShape": "web-service" } }`);
  }
  const file: AnswersFile = { flat: {}, byGuide: {} };
  for (const [key, value] of Object.entries(data)) {
    if (isScalar(value)) file.flat[key] = String(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const section: Record<string, string> = {};
      for (const [q, v] of Object.entries(value)) {
        if (!isScalar(v)) throw new CliError(`${path}: ${key}.${q} must be a string, number or boolean`);
        section[q] = String(v);
      }
      file.byGuide[key] = section;
    } else throw new CliError(`${path}: "${key}" must be an answer (string, number, boolean) or a guide's section of answers`);
  }
  return file;
}

/** `guideIds`: every guide's id, so a section named after no guide (a typo) is reported. */
export type AnswerSources = { flags: readonly string[]; file?: string; strict: boolean; guideIds?: readonly string[] };

/**
 * The guide's answers from the flags and the file, parsed and walked. Notes about ignored
 * answers go to stderr; with --strict they are errors, as they are for --answer flags.
 */
export function collectAnswers(guide: Guide, sources: AnswerSources, io: Io, command: string): Extract<AnswerArgs, { ok: true }> {
  const pairs: string[] = [];
  const ignored: string[] = [];
  if (sources.file !== undefined) {
    const file = readAnswersFile(sources.file);
    for (const section of Object.keys(file.byGuide)) {
      if (!sources.guideIds || sources.guideIds.includes(section)) continue;
      const hint = didYouMean(section, [...sources.guideIds]);
      if (sources.strict) throw new CliError(`${command}: ${sources.file}: section "${section}" names no guide${hint}`);
      ignored.push(`section "${section}" (no guide has that id${hint})`);
    }
    const given = { ...file.flat, ...(file.byGuide[guide.id] ?? {}) };
    const fromFlags = new Set(sources.flags.map((p) => p.slice(0, Math.max(0, p.indexOf('='))).trim()));
    for (const [q, v] of Object.entries(given)) {
      if (fromFlags.has(q)) continue; // the flag wins
      if (!guide.questions.some((question) => question.id === q)) {
        // Another guide's answer in a shared flat file, or a typo: say so, never guess.
        const hint = didYouMean(q, guide.questions.map((x) => x.id));
        if (sources.strict) throw new CliError(`${command}: ${sources.file}: unknown question "${q}" in guide ${guide.id}${hint}; questions: ${guide.questions.map((x) => x.id).join(', ')}`);
        ignored.push(`${q} (guide ${guide.id} has no such question${hint})`);
        continue;
      }
      pairs.push(`${q}=${v}`);
    }
  }
  const parsed = parseAnswerArgs(guide, [...sources.flags, ...pairs], { dropUnasked: !sources.strict });
  if (!parsed.ok) throw new CliError(parsed.message);
  ignored.push(...(parsed.ignored ?? []).map((q) => `${q} (not asked on this path)`));
  if (ignored.length) io.err(`archtree: ${command}: ignored ${ignored.join(', ')}; --strict makes this an error`);
  return parsed;
}
