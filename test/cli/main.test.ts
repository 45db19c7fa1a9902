import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

describe('archtree (top level)', () => {
  it('with no command prints usage on stderr and exits 2', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.stderr).toMatch(/^Usage: archtree <command>/);
  });

  it('--help and help print usage on stdout and exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: archtree <command>/);
      expect(r.stdout).toContain('decide <guide>');
      expect(r.err).toEqual([]);
    }
  });

  it.each(['guides', 'lint', 'decide'])('%s --help, -h and help %s print that command\'s usage', async (command) => {
    for (const argv of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: archtree ${command}`));
      expect(r.stdout).toContain('--dir');
      expect(r.err).toEqual([]);
    }
  });

  it('an unknown command is one line naming it, then the usage, exit 2', async () => {
    const r = await cli('decied', 'messaging');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe('archtree: unknown command "decied"; commands: guides, lint, decide, export');
    expect(r.err[1]).toMatch(/^Usage: archtree <command>/);
  });

  it('help for an unknown topic exits 2', async () => {
    const r = await cli('help', 'frob');
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['archtree: no help for "frob"; commands: guides, lint, decide, export']);
  });

  it.each(['guides', 'lint', 'decide'])('%s: an unknown option is one line, exit 2', async (command) => {
    const r = await cli(command, '--frob');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([`archtree: ${command}: unknown option --frob; see archtree ${command} --help`]);
  });

  it('--dir without a value is one line, exit 2', async () => {
    const r = await cli('lint', '--dir');
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^archtree: lint: .*--dir.*see archtree lint --help$/);
  });

  it.each(['guides', 'lint'])('%s: a --dir that does not exist is one line naming it, exit 2', async (command) => {
    const r = await cli(command, '--dir', '/nonexistent/archtree-trees');
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['archtree: cannot read decision guides from /nonexistent/archtree-trees: no such folder (it needs a catalog/ folder inside)']);
  });
});
