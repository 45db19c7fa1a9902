/** Help texts. Kept beside each other so the overview and the per-command help agree. */

export const USAGE = `Usage: archtree <command> [options]

Commands:
  guides                 list the decision guides
  lint                   check every guide and the service catalogue
  decide <guide> ...     walk a guide with answers and print the recommendation
  export <guide> ...     write the architecture as svg, png, pdf, drawio, mermaid,
                         mermaid-architecture, json, adr, structurizr or d2

Options for every command:
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)
  -h, --help             help for a command, e.g. archtree decide --help

Exit codes: 0 ok, 1 lint found problems, 2 bad command, option, answer or file,
3 answers incomplete (the next question is named on stderr).`;

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

  decide: `Usage: archtree decide <guide> [--answer <question>=<value> ...] [--answers <file>] [--strict] [--json] [--dir <folder>]

Walk a guide with the given answers and print the recommendation: outcome, services with
their GCP and Azure equivalents, rationale, notes, warnings, figures, charts, the policies
and snippets filled from the answers (with their default values), facts, why not the other
outcomes, and the path of questions and answers.

If the answers stop short of an outcome, the next question is printed with the values it
accepts, and the exit code is 3 (2 is a usage error: an unknown guide, question or value).

Options:
  -a, --answer q=v       one answer; repeat for each question. Choices take their value
                         (e.g. pattern=work-queue); numbers accept 3000, 3,000, 3_000, 0.5
  --answers <file>       answers from a JSON or YAML (.yaml, .yml) file: flat
                         { "pattern": "work-queue" } and/or one section per guide
                         { "messaging": { ... }, "compute": { ... } }; --answer wins over it
  --strict               answers the path does not ask are errors (default: ignored, noted on stderr)
  --json                 print { guide, outcome, recommendation, path, answers, next }
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)

Example:
  archtree decide messaging --answer pattern=work-queue --answer throughput=3,000`,

  export: `Usage: archtree export <guide> [--answer <question>=<value> ...] [--answers <file>] --format <format> -o <file> [options]
       archtree export --from <file> --format <format> -o <file> [options]

Write the architecture a guide's answers lead to; or, from a file Archtree wrote, the one
architecture merged from every guide of a saved session (.archtree.json; one
region, VPC and set of AZs shared by all tiers), or an architecture exported as JSON,
which opens again as it was. The file is written whole or not at all (a temp file renamed
over it).

Formats:
  svg                    the diagram, with embedded styles and icons
  png                    the diagram as a PNG (--scale 1 or 2)
  pdf                    the diagram on page one (vectors); a drawing too big to read there
                         again in sheets, one page each; the decision record and the
                         outcome's charts after it
  drawio                 editable in diagrams.net, containers as parent cells
  mermaid                a flowchart with subgraphs, for GitHub Markdown
  mermaid-architecture   a Mermaid architecture-beta diagram: groups, services with icons
  json                   the architecture model, which Archtree re-imports
  adr                    a Markdown decision record; the diagram it links is written beside
                         it as <file>.svg and <file>.png
  structurizr            a Structurizr DSL workspace: the model, a logical (container) view
                         and a deployment view (--view does not apply)
  d2                     a D2 diagram (d2lang.com) of the view: containers nested, flows
                         labelled; D2 lays it out

Options:
  -a, --answer q=v       one answer (with a guide); repeat for each question
  --answers <file>       answers from a JSON or YAML file, one section per guide or flat
                         (see archtree decide --help)
  --strict               answers the path does not ask are errors, not ignored
  --from <file>          a session (.archtree.json) or an architecture written by --format json
  --session <file>       the same as --from
  --partial              with a session: draw the guides whose answers still reach their
                         outcome and note the others on stderr (without it, a guide that
                         cannot be drawn stops the export and nothing is written)
  -f, --format <format>  svg, png, pdf, drawio, mermaid, mermaid-architecture, json, adr,
                         structurizr or d2
  -o, --output <file>    where to write, into a folder that exists; a name ending in another
                         format's extension is refused (svg into x.pdf; .mmd is both mermaids',
                         .md adr's, .dsl structurizr's)
  --theme <theme>        light (default), dark or transparent (svg, png, pdf)
  --scale <n>            1 (default) or 2, for png
  --paper <size>         A4 (default) or Letter, for pdf
  --provider <cloud>     aws (default), gcp or azure: the catalogue's equivalents, marked
                         where they behave differently
  --view <view>          full (default: as composed, every AZ drawn), logical (services and
                         flows, no network boxes) or deployment (regions, VPCs, AZs, tiers)
  --chart <id>           write one of the outcome's charts instead of the diagram (svg or
                         png; archtree decide lists them under Charts; pdf has them all)
  --dir <folder>         a decision-trees folder (default: the project's decision-trees/)

Example:
  archtree export messaging -a pattern=work-queue -a consumerCompute=lambda -a ordering=any-order --format svg -o queue.svg`,
};
