import { useSource } from '../hooks/useNotebook';
import { routeHash } from '../lib/route';
import { LoadError } from './LoadError';
import { Reader } from './Reader';

/** Loads a source by id and shows it, or says plainly why it cannot. */
export function ReaderPage({ id }: { id: string }) {
  const loaded = useSource(id);
  if (loaded.status === 'ready') return <Reader data={loaded.value} />;
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
