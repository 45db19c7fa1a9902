import { useState } from 'react';
import type { Architecture } from '../../../core/architecture/model';
import { readArchtreeFile, type GuideInfo } from '../../../core/session/import';
import type { Platform } from '../platform';

/**
 * "Open…": read a file Archtree wrote and show it. The file is chosen and read by the same
 * bridge as a session import (main's open dialog and the named preload function on the
 * desktop, a file input in the browser; size checked before reading), then told apart here:
 * an exported architecture opens in its own screen; a saved session goes to Import.
 */
export function OpenFileButton({ platform, guides, onArchitecture }: {
  platform: Platform;
  guides: readonly GuideInfo[];
  onArchitecture: (model: Architecture, fileName: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const open = async () => {
    setMessage(null);
    const read = await platform.sessions.importFile();
    if (read.status === 'cancelled') return;
    if (read.status === 'error') return setMessage(read.message);
    const file = readArchtreeFile(read.text, guides);
    if (file.kind === 'architecture') return onArchitecture(file.model, read.fileName);
    if (file.kind === 'session') return setMessage(`“${read.fileName}” is a saved session: use Import under Recent sessions to add it to your list.`);
    setMessage(`“${read.fileName}” was not opened. ${file.message}`);
  };
  return (
    <div className="open-file">
      <button type="button" className="button" data-testid="open-file" onClick={() => void open()}>
        Open an exported architecture…
      </button>
      {message && (
        <p className="open-file__message" role="alert" data-testid="open-file-message">
          {message}
        </p>
      )}
    </div>
  );
}
