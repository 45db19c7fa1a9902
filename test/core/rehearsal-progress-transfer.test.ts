import { describe, expect, it } from 'vitest';
import { emptyProgress, type RehearsalProgress } from '../../src/core/rehearsal/progress';
import { exportProgress, mergeProgress, parseProgressFile, PROGRESS_FORMAT } from '../../src/core/rehearsal/progress-transfer';
import type { QuestionAttempt } from '../../src/core/rehearsal/question-attempt';
import { recordQuestionAttempt } from '../../src/core/rehearsal/question-progress';
import { MAX_IMPORT_BYTES } from '../../src/core/session/safe-json';

const NOW = new Date('2026-11-29T12:00:00Z');
const attempt = (question: string, covered: string[], at: Date): QuestionAttempt => ({
  question,
  section: 'ha-dr',
  covered,
  total: 6,
  answeredBy: 'typed',
  context: 'practice',
  answer: 'Warm standby.',
  seconds: 60,
  at: at.toISOString(),
});
const withAnswers = (...attempts: QuestionAttempt[]): RehearsalProgress => attempts.reduce(recordQuestionAttempt, emptyProgress());

describe('rehearsal progress export and import', () => {
  const progress = withAnswers(attempt('q-dr-strategy', ['a', 'b'], NOW));

  it('round-trips: what is exported imports unchanged', () => {
    const parsed = parseProgressFile(exportProgress(progress, NOW));
    expect(parsed).toEqual({ ok: true, progress });
  });

  it('names the problem for files it must refuse, without throwing', () => {
    const file = JSON.parse(exportProgress(progress, NOW)) as { progress: { questions: { attempts: { total: number }[] } } };
    const cases: [string, RegExp][] = [
      ['', /^The file is empty\.$/],
      ['{"format": "archtree-rehearsal-progress", ', /^The file is not valid JSON: it ends too early/],
      ['x'.repeat(MAX_IMPORT_BYTES + 1), /^The file is too large: 5\.0 MiB \(5,242,881 bytes\), over the 5 MiB limit\.$/],
      [`${'['.repeat(100)}${']'.repeat(100)}`, /nests data more than 64 levels deep/],
      ['{"__proto__": {"polluted": true}}', /"__proto__" key/],
      ['{"format": "archtree-session", "version": 2}', /is not Archtree rehearsal progress \(it has no "format": "archtree-rehearsal-progress"\)/],
      [JSON.stringify({ format: PROGRESS_FORMAT, version: 9, exportedAt: NOW.toISOString(), progress }), /written by a newer Archtree \(progress version 9/],
      [JSON.stringify({ ...file, extra: 1 }), /does not hold valid rehearsal progress: .*extra/],
    ];
    for (const [text, message] of cases) {
      const result = parseProgressFile(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    file.progress.questions.attempts[0]!.total = 0;
    const bad = parseProgressFile(JSON.stringify(file));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('progress.questions.attempts[0].total');
  });

  it('merges an import into what is here: nothing lost, the later schedule wins, twice is the same as once', () => {
    const here = withAnswers(attempt('q-a', ['a'], NOW));
    const later = new Date(NOW.getTime() + 3_600_000);
    const incoming = withAnswers(attempt('q-a', ['a', 'b', 'c', 'd', 'e', 'f'], later), attempt('q-b', [], NOW));
    const merged = mergeProgress(here, incoming);
    expect(merged.questions!.attempts.map((a) => a.question)).toEqual(['q-a', 'q-b', 'q-a']);
    expect(merged.questions!.cards['q-a']).toEqual(incoming.questions!.cards['q-a']);
    expect(Object.keys(merged.questions!.cards).sort()).toEqual(['q-a', 'q-b']);
    expect(mergeProgress(merged, incoming)).toEqual(merged);
    expect(mergeProgress(incoming, here).questions!.cards['q-a']).toEqual(incoming.questions!.cards['q-a']);
  });

  it('keeps progress saved before questions existed valid', () => {
    expect(mergeProgress(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
    expect(parseProgressFile(exportProgress(emptyProgress(), NOW))).toEqual({ ok: true, progress: emptyProgress() });
  });
});
