import type { NoteRevision } from '../../shared/model/note';
import type { Revisions } from './useRevisions';

const REASONS: Record<NoteRevision['reason'], string> = {
  interval: 'While editing',
  close: 'When the note was closed',
  manual: 'Kept by hand',
  restore: 'Before a restore',
};

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Earlier versions of the note: pick one to compare with the text now, then restore it if wanted. */
// Long because: list, preview and restore share the chosen revision; each part's markup is short.
export function RevisionsPanel({
  revisions: r,
  editable,
  trashed,
}: {
  revisions: Revisions;
  editable: boolean;
  trashed: boolean;
}) {
  if (!r.open) return null;
  return (
    <aside className="revisions" aria-label="Revisions">
      <div className="revisions__head">
        <h3 className="revisions__title">Revisions</h3>
        <button
          type="button"
          className="button button--quiet"
          disabled={r.busy || !editable}
          onClick={() => void r.keepNow()}
        >
          Keep a revision now
        </button>
        <button type="button" className="button button--quiet" onClick={r.close}>
          Close
        </button>
      </div>
      {r.message && (
        <p className="revisions__message" role="status">
          {r.message}
        </p>
      )}
      {r.listStatus === 'error' && <p role="alert">The revisions could not be listed: {r.listError}</p>}
      {r.listStatus === 'ready' && r.revisions.length === 0 && (
        <p className="muted">
          No revisions yet. One is kept every ten minutes of editing and when you close the note.
        </p>
      )}
      <ul className="revisions__list">
        {r.revisions.map((rev) => (
          <li key={rev.id}>
            <button
              type="button"
              className="revisions__item"
              aria-pressed={rev.id === r.selectedId}
              onClick={() => r.select(rev.id === r.selectedId ? null : rev.id)}
            >
              <span>{when(rev.createdAt)}</span>
              <span className="muted">
                {REASONS[rev.reason]} · {rev.wordCount.toLocaleString()} words
              </span>
            </button>
          </li>
        ))}
      </ul>
      {r.selectedId && (
        <section className="revisions__compare" aria-label="Compared with the note now">
          {r.selectedStatus === 'error' && (
            <p role="alert">This revision could not be opened: {r.selectedError}</p>
          )}
          {r.selectedStatus === 'loading' && <p className="muted">Opening…</p>}
          {r.revision && r.diff && (
            <>
              <p className="revisions__legend">
                Compared with the note now: <del>removed since</del> <ins>added since</ins>
              </p>
              <div className="revisions__diff">
                {r.diff.map((part, i) =>
                  part.op === 'same' ? (
                    <span key={i}>{part.text}</span>
                  ) : part.op === 'added' ? (
                    <ins key={i}>{part.text}</ins>
                  ) : (
                    <del key={i}>{part.text}</del>
                  ),
                )}
              </div>
              <button
                type="button"
                className="button button--primary"
                disabled={r.busy || trashed}
                onClick={() => r.revision && void r.restore(r.revision.id)}
              >
                Restore this revision
              </button>
            </>
          )}
        </section>
      )}
    </aside>
  );
}
