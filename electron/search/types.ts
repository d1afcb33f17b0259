import type { SearchDoc } from '../../shared/search';
import type { RebuildReason } from './searchFolder';

export interface SearchIndexOptions {
  /** The index folder, `search/` beside the notebook. */
  dir: string;
  /** Every document of the notebook; read only to rebuild a missing, outdated or damaged index. */
  allDocs: () => AsyncIterable<SearchDoc> | Iterable<SearchDoc>;
  /** Fold the change log into a new segment once it holds this many changes. */
  compactAfter?: number;
  /** Told when a background step (log append, compaction, rebuild) fails; the index goes on from memory. */
  onProblem?: (what: string, error: unknown) => void;
}

export interface SearchStatus {
  state: 'ready' | 'rebuilding';
  docs: number;
  /** Why the last rebuild started; 'changes-lost' means the log was cut and `reconcile` should run. */
  reason?: RebuildReason | 'changes-lost';
}
