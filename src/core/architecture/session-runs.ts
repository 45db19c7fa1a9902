import { checkAnswer, questionById } from '../guide/answers';
import { parseAnswerValue } from '../guide/answer-args';
import { decide, type Decision } from '../guide/decide';
import type { Answers, Guide } from '../guide/schema';
import type { Decided } from '../recommendation/build';
import { outcomeOf, type Run, type Session } from '../session/schema';
import type { ArchitectureRun } from './merge';
import type { CloudProvider } from './provider';

/**
 * The runs of a saved session that can be drawn: each guide's answers decided again by the
 * guide as it is now (never trusting the stored outcome), in session order. A run that stops
 * short of an outcome, or whose answers now lead elsewhere, is skipped with the reason, which
 * names the question: `the answers to “Database” no longer lead to “aurora”: "banana" is not
 * an answer to dataModel; choose one of: relational, …` or `“Messaging backbone” is not finished: pattern is not answered`.
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
    const decision = decide(guide, run.answers);
    if (!saved) {
      const unanswered = decision.status === 'pending' ? `: ${decision.question} is not answered` : '';
      skipped.push({ guide: guide.id, reason: `“${guide.title}” is not finished${unanswered}` });
      continue;
    }
    if (decision.status !== 'outcome' || decision.outcome !== saved) {
      skipped.push({ guide: guide.id, reason: `the answers to “${guide.title}” no longer lead to “${saved}”: ${whyNot(guide, run.answers, decision)}` });
      continue;
    }
    runs.push({ guide, decided: { outcome: decision.outcome, answers: decision.answers, path: decision.path } });
  }
  return { runs, skipped };
}

/** Where and why a walk missed its saved outcome: the unanswered question, or the bad answer and what is allowed. */
function whyNot(guide: Guide, answers: Answers, decision: Decision): string {
  if (decision.status === 'outcome') return `they now lead to “${decision.outcome}”`;
  if (decision.status === 'pending') return `${decision.question} is not answered`;
  const question = decision.question === undefined ? undefined : questionById(guide, decision.question);
  if (!question || checkAnswer(question, answers[question.id]).ok) return decision.message; // a refusal, or no rule matches
  // Worded as for --answer flags: the value, the question and what it accepts.
  const parsed = parseAnswerValue(question, String(answers[question.id]));
  return parsed.ok ? decision.message : parsed.message;
}

/** A decision as a session stores it: answered in path order, standing at its outcome. */
export function runOfDecision(guide: Pick<Guide, 'id' | 'version'>, decided: Decided): Run {
  return {
    guide: guide.id,
    guideVersion: guide.version,
    answers: { ...decided.answers },
    remembered: { ...decided.answers },
    history: decided.path.map((s) => s.question),
    position: { kind: 'outcome', outcome: decided.outcome },
  };
}

export type ArchitectureSessionMeta = Pick<Session, 'id' | 'name' | 'createdAt'>;

/**
 * An architecture as the session store keeps it: one run per guide, in order, and the
 * provider. Null when there is no guide yet: a session holds at least one run, so an empty
 * architecture is not saved (as a guide merely opened is not).
 */
export function architectureSession(meta: ArchitectureSessionMeta, runs: readonly ArchitectureRun[], provider: CloudProvider, now: Date): Session | null {
  if (runs.length === 0) return null;
  return { ...meta, updatedAt: now.toISOString(), runs: runs.map((r) => runOfDecision(r.guide, r.decided)), architecture: { provider } };
}

/** A saved architecture session back as the screen draws it (see runsFromSession for what is skipped). */
export function architectureFromSession(session: Session, guides: readonly Guide[]): { runs: ArchitectureRun[]; provider: CloudProvider; skipped: { guide: string; reason: string }[] } {
  return { ...runsFromSession(session, guides), provider: session.architecture?.provider ?? 'aws' };
}
