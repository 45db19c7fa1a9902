import type { StoreNotice } from '../../../core/session/store';
import { Icon } from '../components/Icon';

type Props = { notices: StoreNotice[]; onDismiss: (id: string) => void };

/** Damaged or unreadable store data: what happened and where the old data is, until the user has read it. */
export function StoreBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="store-banners">
      {notices.map((notice) => (
        <div key={notice.id} role="alert" className="callout callout--warning store-banner">
          <Icon name="warning" />
          <p className="store-banner__text">{notice.message}</p>
          <button type="button" className="button button--small" onClick={() => onDismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
