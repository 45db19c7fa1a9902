/** Help texts. Kept beside each other so the overview and the per-command help agree. */

export const USAGE = `Usage: archtree <command> [options]

Commands:
  guides                 list the decision guides
  lint                   check every guide and the service catalogue
  decide <guide> ...     walk a guide with answers and print the recommendation

Options for every command:
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)
  -h, --help             help for a command, e.g. archtree decide --help

Exit codes: 0 ok, 1 lint found problems, 2 bad command, option or answer (or answers incomplete).`;

export const HELP: Record<string, string> = {
  guides: `Usage: archtree guides [--dir <folder>] [--json]

List the guides that load cleanly: id, title and seed section, one per line.
Guides with problems are noted on stderr with the reason; run archtree lint for details.

Options:
  --json                 print [{ id, title, purpose, section, sectionTitle }] plus "unavailable"
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)`,

  lint: `Usage: archtree lint [--dir <folder>]

Check every guide in the folder and every catalogue file in <folder>/catalog/.
Prints each problem as "file: json.path: message", then a summary line.
Exit 1 if there is any problem, 0 otherwise.

Options:
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)`,

  decide: `Usage: archtree decide <guide> [--answer <question>=<value> ...] [--json] [--dir <folder>]

Walk a guide with the given answers and print the recommendation: outcome, services with
their GCP and Azure equivalents, rationale, notes, warnings, figures, facts, why not the
other outcomes, and the path of questions and answers.

If the answers stop short of an outcome, the next question is printed with the values it
accepts, and the exit code is 2.

Options:
  -a, --answer q=v       one answer; repeat for each question. Choices take their value
                         (e.g. pattern=work-queue); numbers accept 3000, 3,000, 3_000, 0.5
  --json                 print { guide, outcome, recommendation, path, answers, next }
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)

Example:
  archtree decide messaging --answer pattern=work-queue --answer throughput=3,000`,
};
