import { decide } from '../guide/decide';
import type { Guide } from '../guide/schema';
import { outcomeOf, type Session } from '../session/schema';
import type { ArchitectureRun } from './merge';

/**
 * The runs of a saved session that can be drawn: each guide's answers decided again by the
 * guide as it is now (never trusting the stored outcome), in session order. A run that stops
 * short of an outcome, or whose answers now lead elsewhere, is skipped with the reason.
 */
export function runsFromSession(session: Pick<Session, 'runs'>, guides: readonly Guide[]): { runs: ArchitectureRun[]; skipped: { guide: string; reason: string }[] } {
  const runs: ArchitectureRun[] = [];
  const skipped: { guide: string; reason: string }[] = [];
  for (const run of session.runs) {
    const guide = guides.find((g) => g.id === run.guide);
    const saved = outcomeOf(run);
    if (!guide) {
      skipped.push({ guide: run.guide, reason: `there is no guide "${run.guide}"` });
      continue;
    }
    if (!saved) {
      skipped.push({ guide: guide.id, reason: `“${guide.title}” is not finished` });
      continue;
    }
    const decision = decide(guide, run.answers);
    if (decision.status !== 'outcome' || decision.outcome !== saved) {
      skipped.push({ guide: guide.id, reason: `the answers to “${guide.title}” no longer lead to “${saved}”` });
      continue;
    }
    runs.push({ guide, decided: { outcome: decision.outcome, answers: decision.answers, path: decision.path } });
  }
  return { runs, skipped };
}
