import type { BatchProgress } from '../import/batchProgress';
import { ImportProgress } from '../import/ImportProgress';
import type { StatusMessage } from '../import/importMessages';
import { routeHash } from '../ui/route';

interface Props {
  busy: string | null;
  messages: readonly StatusMessage[];
  onDismiss: (id: number) => void;
  onClear: () => void;
  /** A run of files in progress (or just ended), shown as a bar above the lines. */
  batch?: BatchProgress | null;
  onCancel?: () => void;
}

/**
 * What happened to each import. Always in the DOM (empty when idle) so screen
 * readers announce new lines as they arrive.
 */
export function StatusArea({
  busy,
  messages,
  onDismiss,
  onClear,
  batch = null,
  onCancel = () => undefined,
}: Props) {
  const idle = busy === null && messages.length === 0 && batch === null;
  return (
    <div className={idle ? 'status status--idle' : batch ? 'status status--batch' : 'status'}>
      {batch && <ImportProgress batch={batch} onCancel={onCancel} />}
      <div role="status" aria-live="polite" className="status__lines">
        {busy !== null && <p className="status__line status__line--busy">{busy}</p>}
        {messages.map((message) => (
          <p key={message.id} className={`status__line status__line--${message.tone}`}>
            <span className="status__text">{message.text}</span>
            {message.sourceId && (
              <a className="status__open" href={routeHash({ name: 'source', id: message.sourceId })}>
                Open
              </a>
            )}
            <button
              type="button"
              className="status__dismiss"
              aria-label={`Dismiss: ${message.text}`}
              onClick={() => onDismiss(message.id)}
            >
              ×
            </button>
          </p>
        ))}
      </div>
      {(messages.length > 1 || (batch && batch.state !== 'running' && batch.state !== 'cancelling')) && (
        <button type="button" className="button button--quiet status__clear" onClick={onClear}>
          Clear all
        </button>
      )}
    </div>
  );
}
