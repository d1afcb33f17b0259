import type { NotebookFile } from '../../shared/model';
import type { ReportProblem } from './backgroundWrites';
import type { DurableWriteHooks } from './durableWrite';

export interface OpenOptions {
  /** Create the notebook when the folder has none. */
  create?: boolean;
  name?: string;
  hooks?: DurableWriteHooks;
  /** Called once the lock is held on an existing notebook, before it is read: other readers may start. */
  onLocked?: () => void;
  /** Told of every background write that failed (the session logs it); the reporter also gets a notice. */
  onProblem?: ReportProblem;
}

/** The kinds of record notebook.json keeps in lists. */
export type RecordKind = 'sources' | 'entities' | 'claims' | 'notes' | 'questions';
export type RecordOf<K extends RecordKind> = NotebookFile[K][number];
