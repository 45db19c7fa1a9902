import { SEED_SECTIONS } from '../core/guide/sections';
import { formatProblem } from '../core/guide/problems';
import type { UnavailableGuide } from '../core/library';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { CliError, EXIT, loadTrees, plural, type Io } from './io';
import { HELP } from './usage';

/** `archtree guides`: id, title and seed section of each usable guide; broken ones on stderr. */
export function guidesCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('guides', argv, { ...COMMON_OPTIONS, json: { type: 'boolean' } });
  if (values.help) return (io.out(HELP.guides!), EXIT.ok);
  if (positionals.length > 0) throw new CliError(`guides: unexpected argument "${positionals[0]}"; see archtree guides --help`);
  const { library, dir } = loadTrees(values.dir);
  const guides = library.guides.map((g) => ({
    id: g.id, title: g.title, purpose: g.purpose, section: g.section, sectionTitle: SEED_SECTIONS[g.section],
  }));

  if (values.json) {
    const unavailable = library.unavailable.map((u) => ({ file: u.file, id: u.id ?? null, title: u.title ?? null, problems: u.problems.map(formatProblem) }));
    io.out(JSON.stringify({ guides, unavailable }, null, 2));
    return EXIT.ok;
  }

  const idWidth = Math.max(0, ...guides.map((g) => g.id.length));
  const titleWidth = Math.max(0, ...guides.map((g) => g.title.length));
  for (const g of guides) io.out(`${g.id.padEnd(idWidth)}  ${g.title.padEnd(titleWidth)}  ${g.sectionTitle} (${g.section})`);
  if (guides.length === 0) io.err(`archtree: no usable guides in ${dir}`);
  for (const u of library.unavailable) io.err(`archtree: ${unavailableLine(u)}`);
  return EXIT.ok;
}

/** One line on why a guide cannot be used: its first problem and how many more. */
export function unavailableLine(u: UnavailableGuide): string {
  const name = u.id ? `guide "${u.id}" (${u.file})` : u.file;
  const first = u.problems[0];
  const more = u.problems.length > 1 ? ` (+${plural(u.problems.length - 1, 'more problem')}; run archtree lint)` : '';
  return `${name} is unavailable: ${first ? formatProblem(first) : 'unknown problem'}${more}`;
}
