import type { Guide } from '../../../core/guide/schema';
import { newSession } from '../../../core/session/ops';
import { restoreRun } from '../../../core/session/resume';
import type { Session } from '../../../core/session/schema';
import { defaultSessionName } from './session-labels';
import type { OpenSession } from './useAutosave';

/** A guide opened from its card: a new session, saved only once the first answer is given. */
export function startSession(guide: Guide, now: Date = new Date()): OpenSession {
  return { session: newSession(guide, defaultSessionName(guide.title, now), now), guide };
}

export type Reopened = { ok: true; open: OpenSession; note?: string } | { ok: false; message: string };

/** A session from Recent, its machine replayed to where it was left (see core/session/resume). */
export function reopenSession(session: Session, guides: readonly Guide[]): Reopened {
  const run = session.runs[0]!;
  const guide = guides.find((g) => g.id === run.guide);
  if (!guide) return { ok: false, message: `“${session.name}” uses the guide “${run.guide}”, which this version of Archtree does not have.` };
  const restored = restoreRun(guide, run);
  const note = restored.exact
    ? undefined
    : `“${guide.title}” has changed since “${session.name}” was saved, so it continues at the first answer that no longer fits.`;
  return { ok: true, open: { session, guide, snapshot: restored.snapshot }, ...(note ? { note } : {}) };
}
