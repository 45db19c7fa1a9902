import { formatProblem } from '../core/guide/problems';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { CliError, EXIT, loadTrees, plural, type Io } from './io';
import { HELP } from './usage';

/**
 * `archtree lint`: every problem in the guides and the catalogue, then a summary line. Also
 * looks up every action and condition key of the guides' IAM artefacts in AWS's published
 * list (loaded only here: it reads its data files from disk).
 */
export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', argv, COMMON_OPTIONS);
  if (values.help) return (io.out(HELP.lint!), EXIT.ok);
  if (positionals.length > 0) throw new CliError(`lint: unexpected argument "${positionals[0]}"; see archtree lint --help`);
  const { library, guideFiles, serviceCount } = loadTrees(values.dir);
  const { lintArtefactNames } = await import('../core/guide/artefact-iam');
  const iam = (await Promise.all(library.guides.map((g) => lintArtefactNames(g, `${g.id}.json`)))).flat();
  const problems = [...library.catalogProblems, ...library.unavailable.flatMap((u) => u.problems), ...iam];
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
