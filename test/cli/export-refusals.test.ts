import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO } from './helpers';

/**
 * `archtree export` refuses input it would otherwise turn into a wrong file with exit 0: a
 * saved session whose answers no longer reach a guide's outcome (the diagram lacked that
 * guide), an output name ending in another format's extension, a file naming a format
 * Archtree does not read, and a folder that does not exist. One line on stderr, exit 2,
 * nothing written.
 */

const SESSION = join(REPO, 'test/fixtures/architecture/five-guides.archtree.json');
const DATABASE = '“Database: RDS, Aurora, DynamoDB and purpose-built stores”';
let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'archtree-refusals-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => join(dir, name);

type Run = { guide: string; answers: Record<string, unknown>; position: unknown };
/** The five-guide session with one edit, saved under `name`. */
function sessionWith(name: string, edit: (runs: Run[], file: Record<string, unknown>) => void): string {
  const file = JSON.parse(readFileSync(SESSION, 'utf8'));
  edit(file.session.runs, file);
  writeFileSync(out(name), JSON.stringify(file));
  return out(name);
}
const run = (runs: Run[], guide: string) => runs.find((r) => r.guide === guide)!;

async function refused(args: string[], output: string): Promise<string> {
  const r = await cli('export', ...args, '-o', output);
  expect(r.out).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.code).toBe(2);
  expect(existsSync(output)).toBe(false);
  return r.err[0]!;
}

describe('a session whose answers no longer reach an outcome', () => {
  it('names the guide, the question, the bad value and what it accepts', async () => {
    const file = sessionWith('banana.json', (runs) => void (run(runs, 'database').answers.dataModel = 'banana'));
    expect(await refused(['--session', file, '--format', 'svg'], out('banana.svg'))).toBe(
      `archtree: export: ${file}: database: the answers to ${DATABASE} no longer lead to “aurora”: "banana" is not an answer to dataModel; choose one of: relational, key-value; nothing was written (--partial draws the other guides without it)`,
    );
  });

  it('names a number question and its range', async () => {
    const file = sessionWith('range.json', (runs) => void (run(runs, 'database').answers.availabilityTarget = 200));
    expect(await refused(['--session', file, '--format', 'mermaid'], out('range.mmd'))).toMatch(
      /: database: the answers to .* no longer lead to “aurora”: 200 is out of range for availabilityTarget; enter a number from 90 to 99\.999 %; nothing was written/,
    );
  });

  it('names the unanswered question of an empty or unfinished run, every such guide in one line', async () => {
    const file = sessionWith('empty.json', (runs) => {
      run(runs, 'messaging').answers = {};
      const database = run(runs, 'database');
      delete database.answers.regionCount;
      database.position = { kind: 'question', question: 'regionCount' };
    });
    expect(await refused(['--session', file, '--format', 'mermaid'], out('empty.mmd'))).toBe(
      `archtree: export: ${file}: database: ${DATABASE} is not finished: regionCount is not answered; ` +
        'messaging: the answers to “Messaging backbone” no longer lead to “sqs-standard”: pattern is not answered; nothing was written (--partial draws the other guides without them)',
    );
  });

  it('draws the rest with --partial, noting what it left out', async () => {
    const file = sessionWith('partial.json', (runs) => void (run(runs, 'database').answers.dataModel = 'banana'));
    const r = await cli('export', '--session', file, '--partial', '--format', 'mermaid', '-o', out('partial.mmd'));
    expect(r.err).toEqual([expect.stringMatching(/^archtree: export: left out database: the answers to .* "banana" is not an answer to dataModel/)]);
    expect(r.code).toBe(0);
    expect(readFileSync(out('partial.mmd'), 'utf8')).toContain('flowchart');
  });

  it('takes --partial only with a file', async () => {
    expect(await refused(['messaging', '--partial', '--format', 'mermaid'], out('p.mmd'))).toMatch(/^archtree: export: --partial goes with --from <file>/);
  });
});

describe('an output name for another format', () => {
  it('refuses an SVG into .pdf (any case), naming both ways out', async () => {
    const output = out('mismatch.PDF');
    expect(await refused(['--session', SESSION, '--format', 'svg'], output)).toBe(
      `archtree: export: -o ${output} ends in .PDF, but --format svg writes .svg; give -o ${out('mismatch.svg')}, or --format pdf; nothing was written`,
    );
    expect(await refused(['--session', SESSION, '--format', 'json'], out('x.mmd'))).toMatch(/, or --format mermaid or mermaid-architecture; nothing was written$/);
  });

  it('accepts the shared .mmd, an upper-case extension, no extension, and names Archtree never writes', async () => {
    for (const [format, name] of [['mermaid-architecture', 'both.mmd'], ['json', 'upper.JSON'], ['json', 'no-extension'], ['mermaid', 'flow.mermaid']] as const) {
      const r = await cli('export', '--session', SESSION, '--format', format, '-o', out(name));
      expect(r.err, name).toEqual([]);
      expect(r.code, name).toBe(0);
      expect(existsSync(out(name)), name).toBe(true);
    }
  });
});

describe('a file in a format Archtree does not read', () => {
  it('names its format and the two Archtree reads', async () => {
    const file = sessionWith('other.json', (_, f) => void (f.format = 'something.else'));
    expect(await refused(['--from', file, '--format', 'svg'], out('other.svg'))).toBe(
      `archtree: export: ${file} has "format": "something.else", which Archtree does not read; it reads a saved session ("archtree.session") or an exported architecture ("archtree.architecture"); nothing was written`,
    );
  });
});

describe('an output folder that is not there', () => {
  it('names a missing folder, and a file standing where the folder should be', async () => {
    const missing = join(dir, 'no-such-folder', 'deeper');
    expect(await refused(['--session', SESSION, '--format', 'mermaid'], join(missing, 'x.mmd'))).toBe(
      `archtree: export: cannot write ${join(missing, 'x.mmd')}: the folder ${missing} does not exist; nothing was written`,
    );
    writeFileSync(out('a-file'), 'not a folder');
    expect(await refused(['--session', SESSION, '--format', 'mermaid'], join(out('a-file'), 'x.mmd'))).toBe(
      `archtree: export: cannot write ${join(out('a-file'), 'x.mmd')}: ${out('a-file')} is a file, not a folder; nothing was written`,
    );
  });
});
