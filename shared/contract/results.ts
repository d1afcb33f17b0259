import type { Source, SourceSummary } from '../model';

export interface NotebookInfo {
  id: string;
  name: string;
  path: string;
  sourceCount: number;
  /** Things the reporter should know about, such as a restore from backup. */
  notices: string[];
  recent: RecentNotebook[];
}

export interface RecentNotebook {
  path: string;
  name: string;
  openedAt: string;
}

export interface SourceWithText {
  source: Source;
  text: string;
}

export type ImportResult =
  | { status: 'imported'; sourceId: string; title: string }
  | { status: 'duplicate'; sourceId: string; title: string; duplicateOf: { id: string; title: string } };

export type { SourceSummary };
