import type { Toast as ToastState } from './useToast';

interface Props {
  toast: ToastState | null;
  onDismiss: () => void;
}

/** The reader's one-line message at the foot of the window, with an action such as Undo. */
export function Toast({ toast, onDismiss }: Props) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span className="toast__text">{toast.text}</span>
          {toast.action && (
            <button type="button" className="button button--small toast__action" onClick={toast.action.run}>
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast__close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
