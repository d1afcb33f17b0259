import { changesOfRecord, historyOf } from '../../../shared/sync/recordDoc';
import { lastChange } from '../../../shared/sync/recordLog';
import type { HistoryEntry } from '../../../shared/sync/recordLog';
import { LocalDocs } from './localDocs';
import { readSyncConfig } from './syncState';

/** Kinds kept in the notebook document, whose history can be asked for. */
export type NotebookKind = 'sources' | 'entities' | 'claims' | 'notes';

/**
 * A shared record's earlier values (who set them and when) and who changed it last, from the
 * notebook's persisted sync state; null when the notebook is not shared.
 */
export async function recordInfo(
  notebookDir: string,
  kind: NotebookKind,
  id: string,
): Promise<{ history: HistoryEntry[]; last: { by: string; at: string } | null } | null> {
  const config = await readSyncConfig(notebookDir);
  if (!config) return null;
  const docs = new LocalDocs(notebookDir, config.notebookId);
  try {
    const doc = await docs.open('notebook');
    return { history: historyOf(doc, kind, id), last: lastChange(changesOfRecord(doc, kind, id)) };
  } finally {
    await docs.close();
  }
}

/** `recordInfo` for many records of one kind, reading the notebook document once. */
export async function recordsInfo(
  notebookDir: string,
  kind: NotebookKind,
  ids: readonly string[],
): Promise<Record<string, { history: HistoryEntry[]; last: { by: string; at: string } | null }>> {
  const config = await readSyncConfig(notebookDir);
  if (!config) return {};
  const docs = new LocalDocs(notebookDir, config.notebookId);
  try {
    const doc = await docs.open('notebook');
    return Object.fromEntries(
      ids.map((id) => [
        id,
        { history: historyOf(doc, kind, id), last: lastChange(changesOfRecord(doc, kind, id)) },
      ]),
    );
  } finally {
    await docs.close();
  }
}

export async function claimHistory(notebookDir: string, claimId: string): Promise<HistoryEntry[]> {
  return (await recordInfo(notebookDir, 'claims', claimId))?.history ?? [];
}
