import type { Guide } from '../../../core/guide/schema';
import { isArchitectureSession, type Session } from '../../../core/session/schema';

/** "Messaging backbone · 12 Mar, 14:05": unique enough to tell runs apart until the user renames it. */
export function defaultSessionName(guideTitle: string, at: Date, locale?: string): string {
  const when = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${guideTitle} · ${when}`.slice(0, 120);
}

/** Where the session stands, in the words the wizard uses. */
export function describeProgress(session: Session, guides: readonly Guide[]): string {
  if (isArchitectureSession(session)) return session.runs.length === 1 ? '1 guide' : `${session.runs.length} guides`;
  const run = session.runs[0]!;
  const guide = guides.find((g) => g.id === run.guide);
  if (!guide) return `Guide “${run.guide}” is not available`;
  if (run.position.kind === 'outcome') {
    const id = run.position.outcome;
    return `Recommendation: ${guide.outcomes.find((o) => o.id === id)?.title ?? id}`;
  }
  return run.history.length === 0 ? 'Not started' : `Question ${run.history.length + 1} · ${run.history.length} answered`;
}

/** What the session is of: its guide's title, or "Architecture" for a multi-guide session. */
export function guideTitleOf(session: Session, guides: readonly Guide[]): string {
  if (isArchitectureSession(session)) return 'Architecture';
  const id = session.runs[0]!.guide;
  return guides.find((g) => g.id === id)?.title ?? id;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "yesterday". */
export function relativeTime(iso: string, now: Date, locale?: string): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}
