import { describe, expect, it } from 'vitest';
import { crashWrites } from '../../scripts/crash-writes';

describe('crash safety of the sessions file', () => {
  it('100 SIGKILLs of a writer mid-write leave 0 corrupt files, and the stray temp files are cleaned', async () => {
    const report = await crashWrites({ kills: 100 });
    expect(report).toMatchObject({ kills: 100, corrupt: 0, torn: 0 });
    // Evidence the kills landed inside writes, not between them: each left a temp file.
    expect(report.midWrite).toBeGreaterThan(10);
    expect(report.tempFilesCleaned).toBe(report.midWrite);
  }, 180_000);
});
