import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTrees, REPO } from './helpers';

/** The real executable: node + bin/archtree.mjs, which loads the TypeScript through tsx. */
const archtree = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO, 'bin/archtree.mjs'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });

describe('bin/archtree.mjs in a real process', () => {
  it('`guides` on the project folder runs and exits 0', () => {
    const r = archtree('guides');
    expect(r.error).toBeUndefined();
    expect(r.stderr).not.toMatch(/internal error|ERR_|Cannot find/);
    expect(r.status).toBe(0);
  });

  it('`guides --dir` lists the fixture guide on stdout', () => {
    const r = archtree('guides', '--dir', makeTrees());
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('tiny  Tiny queue guide  Messaging & Events (messaging-events)\n');
    expect(r.stderr).toBe('');
  });

  it('passes the exit code and both streams through (pending decide: exit 3)', () => {
    const r = archtree('decide', 'tiny', '--answer', 'pattern=work-queue', '--dir', makeTrees());
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('Next question: rate\n');
    expect(r.stdout.endsWith('--answer rate=<value>\n')).toBe(true);
    expect(r.stderr).toBe('archtree: answers incomplete; next question is rate ("Peak messages per second?"): a whole number from 0 to 1,000,000 msg/s\n');
  });
});
