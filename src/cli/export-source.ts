import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArchitecture } from '../core/architecture/build';
import { mergeRuns, type ArchitectureRun } from '../core/architecture/merge';
import type { Architecture } from '../core/architecture/model';
import { runsFromSession } from '../core/architecture/session-runs';
import { ARCHITECTURE_FORMAT, parseArchitectureJson } from '../core/export/json';
import { allowedValues } from '../core/guide/answer-args';
import { questionById } from '../core/guide/answers';
import type { Guide } from '../core/guide/schema';
import type { Library } from '../core/library';
import { buildRecommendation } from '../core/recommendation/build';
import type { Recommendation } from '../core/recommendation/types';
import { formatOf, parseSessionFile, unreadFormat } from '../core/session/import';
import { MAX_IMPORT_BYTES, readJsonSafely, stripBom } from '../core/session/safe-json';
import { collectAnswers } from './answers';
import { findGuide } from './find-guide';
import { CliError, EXIT, loadTrees, type Io } from './io';

/**
 * What `archtree export` draws: one guide's outcome (answers from --answer and --answers),
 * or a file Archtree wrote — a saved session (every finished guide, merged) or an exported
 * architecture (`--format json`), which opens again exactly as it was written.
 */

export type Drawn = { model: Architecture; recommendations: Recommendation[]; library: Library };
/** `partial`: draw a session's guides that still reach their outcome and leave out the others (with a note each) instead of refusing. */
export type SourceOptions = { dir?: string; from?: string; answer?: string[]; answers?: string; strict?: boolean; partial?: boolean };

function readSmallFile(path: string, command: string): string {
  try {
    // Checked on the directory entry before reading, as the app does for imports.
    if (statSync(resolve(path)).size > MAX_IMPORT_BYTES) throw new CliError(`${command}: ${path} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`);
    return stripBom(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${command}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** A session or architecture file, told apart by its "format" field. */
function fromFile(path: string, dir: string | undefined, partial: boolean, io: Io): Drawn {
  const { library } = loadTrees(dir);
  const text = readSmallFile(path, 'export');
  const json = readJsonSafely(text);
  const format = json.ok ? formatOf(json.value) : undefined;
  const unread = unreadFormat(format);
  if (unread) throw new CliError(`export: ${path} ${unread}; nothing was written`);
  if (format === ARCHITECTURE_FORMAT) {
    const parsed = parseArchitectureJson(text);
    if (!parsed.ok) throw new CliError(`export: ${path}: ${parsed.message}`);
    return { model: parsed.value, recommendations: [], library };
  }
  const parsed = parseSessionFile(text, library.guides);
  if (!parsed.ok) throw new CliError(`export: ${path}: ${parsed.message}`);
  const { runs, skipped } = runsFromSession(parsed.session, library.guides);
  const problems = skipped.map((s) => `${s.guide}: ${s.reason}`);
  // A diagram quietly missing a guide reads as the whole architecture: refused unless asked for.
  if (problems.length > 0 && (!partial || runs.length === 0)) {
    const hint = runs.length > 0 ? ` (--partial draws the other guides without ${problems.length === 1 ? 'it' : 'them'})` : '';
    throw new CliError(`export: ${path}: ${problems.join('; ')}; nothing was written${hint}`);
  }
  for (const problem of problems) io.err(`archtree: export: left out ${problem}`);
  if (runs.length === 0) throw new CliError(`export: ${path} has no finished guide to draw`);
  return drawRuns(runs, library, true);
}

function drawRuns(runs: ArchitectureRun[], library: Library, merged: boolean): Drawn {
  const model = merged ? mergeRuns(runs, library.catalog) : buildArchitecture(runs[0]!.guide, library.catalog, runs[0]!.decided);
  return { model, recommendations: runs.map((r) => buildRecommendation(r.guide, library.catalog, r.decided)), library };
}

export function drawnFor(options: SourceOptions, guideId: string | undefined, io: Io): Drawn {
  if (options.from !== undefined) {
    if (guideId !== undefined) throw new CliError(`export: give a guide or --from <file>, not both`);
    if ((options.answer ?? []).length > 0 || options.answers !== undefined) {
      throw new CliError(`export: --answer and --answers go with a guide; a saved file carries its own answers`);
    }
    return fromFile(options.from, options.dir, options.partial ?? false, io);
  }
  if (options.partial) throw new CliError(`export: --partial goes with --from <file>: it leaves out a saved session's guides that cannot be drawn`);
  if (guideId === undefined) throw new CliError(`export: which guide? give a guide id, or --from <file>; see archtree export --help`);
  const { guide, library, guideIds } = findGuide(options.dir, guideId);
  const { decision } = collectAnswers(guide, { flags: options.answer ?? [], file: options.answers, strict: options.strict ?? false, guideIds }, io, 'export');
  if (decision.status !== 'outcome') {
    const question = questionById(guide, decision.question)!;
    throw new CliError(`export: answers incomplete; next question is ${question.id} ("${question.prompt}"): ${allowedValues(question)}`, EXIT.incomplete);
  }
  return drawRuns([{ guide, decided: decision }], library, false);
}
