import { useMemo } from 'react';
import type { SourceSummary } from '../../shared/model/source';
import { useSortPreference } from './useSortPreference';
import { sortSources } from './sortSources';
import { EmptyState } from './EmptyState';
import { Library } from './Library';

export interface LibraryPageProps {
  sources: readonly SourceSummary[];
  onOpen: (id: string) => void;
  returnToId: string | null;
  onImportClick: () => void;
  onPasteClick: () => void;
  pasteShortcut: string;
}

/** The library, or how to fill it when it is empty. */
export function LibraryPage({
  sources,
  onOpen,
  returnToId,
  onImportClick,
  onPasteClick,
  pasteShortcut,
}: LibraryPageProps) {
  const [sortKey, setSortKey] = useSortPreference();
  const sorted = useMemo(() => sortSources(sources, sortKey), [sources, sortKey]);
  if (sources.length === 0) {
    return (
      <EmptyState onImportClick={onImportClick} onPasteClick={onPasteClick} pasteShortcut={pasteShortcut} />
    );
  }
  return (
    <Library
      sources={sorted}
      sortKey={sortKey}
      onSortChange={setSortKey}
      onOpen={onOpen}
      returnToId={returnToId}
    />
  );
}
