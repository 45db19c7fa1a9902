import { useCallback, useState } from 'react';
import type { Guide } from '../../../core/guide/schema';
import { isArchitectureSession, type Session } from '../../../core/session/schema';
import { ArchiveList } from './ArchiveList';
import { describeProgress, guideTitleOf, relativeTime } from './session-labels';
import { SessionRow } from './SessionRow';
import type { SessionsModel } from './useSessions';
import './sessions.css';

type Props = {
  model: SessionsModel;
  guides: readonly Guide[];
  loadArchive: () => Promise<Session[]>;
  onOpen: (session: Session) => void;
};

/** How many rows show before "Show all": the list stays a glance, not a scroll. */
const FIRST = 5;

/** The home screen's "Recent" panel: saved sessions, import, and the archive. */
export function RecentSessions({ model, guides, loadArchive, onOpen }: Props) {
  const { listing, importError } = model;
  const [all, setAll] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const now = new Date();
  const shown = all ? listing.sessions : listing.sessions.slice(0, FIRST);
  const describe = useCallback((s: Session) => `${guideTitleOf(s, guides)} · ${describeProgress(s, guides)}`, [guides]);

  return (
    <section className="recent" aria-labelledby="recent-title">
      <div className="recent__head">
        <h2 id="recent-title" className="home-group__title">
          Recent sessions <span className="home-group__count">{listing.sessions.length}</span>
        </h2>
        <button type="button" className="button button--small" onClick={() => void model.importFile()}>
          Import session…
        </button>
      </div>
      {importError && (
        <div role="alert" className="callout callout--warning recent__error">
          <p>{importError}</p>
          <button type="button" className="button button--small" onClick={model.clearImportError}>
            Dismiss
          </button>
        </div>
      )}
      {listing.sessions.length === 0 ? (
        <p className="recent__empty">Your answers are saved here as you go, so you can come back to a guide where you left it.</p>
      ) : (
        <ul className="recent__list" aria-label="Recent sessions">
          {shown.map((s) => (
            <SessionRow
              key={s.id}
              session={s}
              guideTitle={guideTitleOf(s, guides)}
              progress={describeProgress(s, guides)}
              updated={relativeTime(s.updatedAt, now)}
              canOpen={isArchitectureSession(s) || guides.some((g) => g.id === s.runs[0]!.guide)}
              onOpen={() => onOpen(s)}
              onRename={(name) => void model.rename(s, name)}
              onDuplicate={() => void model.duplicate(s)}
              onExport={() => void model.exportFile(s)}
              onDelete={() => void model.remove(s)}
            />
          ))}
        </ul>
      )}
      <div className="recent__foot">
        {listing.sessions.length > FIRST && (
          <button type="button" className="button button--small button--ghost" onClick={() => setAll((v) => !v)}>
            {all ? 'Show fewer' : `Show all ${listing.sessions.length}`}
          </button>
        )}
        {listing.archived > 0 && (
          <p className="recent__archived">
            {listing.archived === 1 ? '1 older session is' : `${listing.archived} older sessions are`} kept in the archive.{' '}
            <button type="button" className="button button--small button--ghost" onClick={() => setArchiveOpen((v) => !v)} aria-expanded={archiveOpen}>
              {archiveOpen ? 'Hide archive' : 'Show archive'}
            </button>
          </p>
        )}
      </div>
      {archiveOpen && listing.archived > 0 && <ArchiveList key={listing.archived} load={loadArchive} onRestore={(id) => void model.restore(id)} describe={describe} />}
    </section>
  );
}
