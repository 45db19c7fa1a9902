import { formatProblem } from '../core/guide/problems';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { CliError, EXIT, loadTrees, plural, type Io } from './io';
import { HELP } from './usage';

/** `archtree lint`: every problem in the guides and the catalogue, then a summary line. */
export function lintCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('lint', argv, COMMON_OPTIONS);
  if (values.help) return (io.out(HELP.lint!), EXIT.ok);
  if (positionals.length > 0) throw new CliError(`lint: unexpected argument "${positionals[0]}"; see archtree lint --help`);
  const { library, guideFiles, serviceCount } = loadTrees(values.dir);
  const problems = [...library.catalogProblems, ...library.unavailable.flatMap((u) => u.problems)];
  for (const p of problems) io.out(formatProblem(p));

  const counts = `${plural(guideFiles, 'guide')}, ${plural(serviceCount, 'service')}`;
  if (problems.length === 0) {
    io.out(`${counts}: no problems`);
    return EXIT.ok;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  io.out(`${counts}: ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`);
  return EXIT.problems;
}
