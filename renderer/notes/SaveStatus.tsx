import type { SaveState } from './autosaver';

/** "Saving…", "Saved", or the failure in plain words with a way to retry at once. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let body;
  switch (state.status) {
    case 'idle':
      body = null;
      break;
    case 'pending':
    case 'saving':
      body = 'Saving…';
      break;
    case 'saved':
      body = 'Saved';
      break;
    case 'error':
      body = (
        <>
          Not saved: {state.message} Trying again in {Math.ceil(state.retryInMs / 1000)} s.{' '}
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Retry now
          </button>
        </>
      );
      break;
  }
  return (
    <p
      className={state.status === 'error' ? 'save-status save-status--error' : 'save-status'}
      role={state.status === 'error' ? 'alert' : 'status'}
      data-save-state={state.status}
    >
      {body}
    </p>
  );
}
