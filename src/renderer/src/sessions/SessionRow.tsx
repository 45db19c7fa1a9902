import { useId, useState, type FormEvent } from 'react';
import type { Session } from '../../../core/session/schema';

type Props = {
  session: Session;
  guideTitle: string;
  progress: string;
  updated: string;
  canOpen: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
};

/** One saved session: open it, or rename (inline), duplicate, export, delete it. */
export function SessionRow({ session, guideTitle, progress, updated, canOpen, onOpen, onRename, onDuplicate, onExport, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const metaId = useId();
  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    if (name && name !== session.name) onRename(name);
    setEditing(false);
  };

  return (
    <li className="session-row" data-session={session.id}>
      {editing ? (
        <form className="session-row__rename" onSubmit={save}>
          <input
            name="name"
            className="session-row__input"
            aria-label="Session name"
            defaultValue={session.name}
            maxLength={120}
            required
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setEditing(false))}
          />
          <button type="submit" className="button button--small button--primary">
            Save
          </button>
          <button type="button" className="button button--small button--ghost" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="session-row__open" onClick={onOpen} disabled={!canOpen} aria-describedby={metaId}>
          <span className="session-row__name">{session.name}</span>
        </button>
      )}
      <p id={metaId} className="session-row__meta">
        {guideTitle} · {progress} · <time dateTime={session.updatedAt}>{updated}</time>
      </p>
      <div className="session-row__actions" role="group" aria-label={`Actions for “${session.name}”`}>
        <button type="button" className="button button--small button--ghost" onClick={() => setEditing(true)} disabled={editing}>
          Rename
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onExport}>
          Export
        </button>
        <button type="button" className="button button--small button--ghost session-row__delete" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
