import type { SourceSummary } from '../../shared/model/source';
import { LoadError } from '../ui/LoadError';
import type { Loaded } from '../ui/useLoad';
import { LibraryPage, type LibraryPageProps } from './LibraryPage';

export type LibraryScreenProps = Omit<LibraryPageProps, 'sources'> & {
  sources: Loaded<SourceSummary[]> & { reload: () => void };
};

/** The library once its list has loaded; until then a loading line, or why it failed with a retry. */
export function LibraryScreen({ sources, ...page }: LibraryScreenProps) {
  if (sources.value) return <LibraryPage sources={sources.value} {...page} />;
  if (sources.status === 'error') {
    return (
      <LoadError title="The library could not be loaded" message={sources.error} onRetry={sources.reload} />
    );
  }
  return (
    <p className="loading" role="status">
      Loading the library…
    </p>
  );
}
