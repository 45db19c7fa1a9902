import type { Toast } from './useToasts';
import './sessions.css';

type Props = { toasts: Toast[]; onDismiss: (id: number) => void };

/** Bottom-corner messages; the live region announces each without moving focus. */
export function Toasts({ toasts, onDismiss }: Props) {
  return (
    <div className="toasts" role="region" aria-label="Notifications">
      <div role="status" aria-live="polite" className="toasts__stack">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`}>
            <p className="toast__message">{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  toast.action!.run();
                  onDismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button toast__close" aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
