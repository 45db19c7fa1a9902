import { useEffect, useState } from 'react';
import type { Session } from '../../../core/session/schema';

type Props = { load: () => Promise<Session[]>; onRestore: (id: string) => void; describe: (s: Session) => string };

/** Sessions moved out of Recent by the cap: kept, listed, and one click from coming back. */
export function ArchiveList({ load, onRestore, describe }: Props) {
  const [sessions, setSessions] = useState<Session[] | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (all) => live && setSessions(all),
      () => live && setSessions([]),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (sessions === null) return <p className="muted">Loading the archive…</p>;
  return (
    <ul className="archive-list" aria-label="Archived sessions">
      {sessions.map((s) => (
        <li key={s.id} className="archive-list__item">
          <span className="archive-list__name">{s.name}</span>
          <span className="muted">{describe(s)}</span>
          <button type="button" className="button button--small" onClick={() => onRestore(s.id)} aria-label={`Restore “${s.name}”`}>
            Restore
          </button>
        </li>
      ))}
    </ul>
  );
}
