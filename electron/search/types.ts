import type { FieldTokens, SearchDoc } from '../../shared/search';
import type { RebuildReason } from './searchFolder';

export interface SearchIndexOptions {
  /** The index folder, `search/` beside the notebook. */
  dir: string;
  /** Every document of the notebook; read only to rebuild a missing, outdated or damaged index. */
  allDocs: () => AsyncIterable<SearchDoc> | Iterable<SearchDoc>;
  /** Fold the change log into a new segment once it holds this many changes. */
  compactAfter?: number;
  /**
   * Tokenizes texts off the main thread (a worker); given, documents with long texts are indexed
   * once their words come back, in order with every other change, and searches meanwhile are
   * flagged incomplete. Without it every document is tokenized where it is added.
   */
  tokenize?: (texts: string[]) => Promise<FieldTokens[]>;
  /** Told when a background step (log append, compaction, rebuild) fails; the index goes on from memory. */
  onProblem?: (what: string, error: unknown) => void;
}

export interface SearchStatus {
  state: 'ready' | 'rebuilding';
  docs: number;
  /** Why the last rebuild started; 'changes-lost' means the log was cut and `reconcile` should run. */
  reason?: RebuildReason | 'changes-lost';
}
