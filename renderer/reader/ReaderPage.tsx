import { useMemo } from 'react';
import { useSource } from '../library/useNotebook';
import { routeHash } from '../ui/route';
import { ReaderWorkspace } from './ReaderWorkspace';
import { FindBar } from '../search/FindBar';
import { LoadError } from '../ui/LoadError';

interface Props {
  id: string;
  /** Deep link into the source: a highlight, or an offset (and end) in its clean text. */
  highlightId?: string;
  at?: number;
  to?: number;
}

/** Loads a source by id and shows it, or says plainly why it cannot. */
export function ReaderPage({ id, highlightId, at, to }: Props) {
  const loaded = useSource(id);
  const target = useMemo(
    () =>
      highlightId || at !== undefined
        ? { key: routeHash({ name: 'source', id, highlightId, at, to }), highlightId, at, to }
        : null,
    [id, highlightId, at, to],
  );
  if (loaded.status === 'ready') {
    return (
      <>
        <ReaderWorkspace data={loaded.value} target={target} onTextChanged={loaded.reload} />
        <FindBar key={loaded.value.source.id} />
      </>
    );
  }
  if (loaded.status === 'error') {
    return (
      <div className="reader">
        <nav className="reader__nav" aria-label="Reader">
          <a className="reader__back" href={routeHash({ name: 'library' })}>
            <span aria-hidden="true">←</span> Library
          </a>
        </nav>
        <LoadError title="This source could not be opened" message={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  return (
    <p className="loading" role="status">
      Opening…
    </p>
  );
}
