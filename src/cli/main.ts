import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, type Io } from './io';
import { HELP, USAGE } from './usage';

export type { Io } from './io';

type Command = (argv: string[], io: Io) => number | Promise<number>;

/**
 * Each command is loaded when it runs, so `decide` never parses ELK, resvg or PDFKit:
 * in the built CLI (out/cli, see scripts/build-cli.mjs) every command is its own chunk.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  guides: async () => (await import('./guides')).guidesCommand,
  lint: async () => (await import('./lint')).lintCommand,
  decide: async () => (await import('./decide')).decideCommand,
  export: async () => (await import('./export')).exportCommand,
};

/**
 * The whole CLI as a function: argv without `node script`, output through io, resolves to
 * the exit code. Tests call this in-process; the bootstrap below and bin/archtree.mjs wrap it.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(USAGE);
    return EXIT.usage;
  }
  if (command === '-h' || command === '--help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return (io.out(USAGE), EXIT.ok);
    if (HELP[topic]) return (io.out(HELP[topic]), EXIT.ok);
    io.err(`archtree: no help for "${topic}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(`archtree: unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    io.err(USAGE);
    return EXIT.usage;
  }
  try {
    // Awaited here so an async command's CliError is caught below like a sync one's.
    const handler = await load();
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`archtree: ${error.message}`);
      return error.code;
    }
    io.err(`archtree: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 70;
  }
}

const flush = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()));

/** Run with the process's arguments and streams, then exit with the code once output is flushed. */
export async function bootstrap(argv: string[] = process.argv.slice(2)): Promise<never> {
  // `archtree ... | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
  const code = await run(argv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  process.exit(code);
}

function invokedDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// `tsx src/cli/main.ts` (npm run archtree) runs the CLI; importing this module does not.
if (invokedDirectly()) void bootstrap();
