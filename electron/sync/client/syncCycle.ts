import { AppError } from '../../../shared/errors';
import { docName } from '../../../shared/sync/docNames';
import type { NoteQuoteProblems } from '../../../shared/quotes';
import { noteQuoteProblemsOf } from '../../quotes/noteQuoteProblems';
import { NotebookStore } from '../../store/notebookStore';
import { checkAccess, uploadBlobs } from './blobTransfer';
import { Exchange } from './exchange';
import { docIds, exportLocal } from './exportLocal';
import { importShared, type ImportReport } from './importShared';
import { LocalDocs } from './localDocs';
import { readKnown, readSyncConfig, writeKnown, type SyncConfig } from './syncState';

export interface CycleReport extends ImportReport {
  /** Changes made here and sent. */
  sent: number;
  /** Changes made here that the member's role does not allow (a reviewer's edits): not shared. */
  refused: number;
  documents: number;
  /** Notes citing a source whose highlights this exchange changed: checked again, with their problems. */
  quotesRechecked: NoteQuoteProblems[];
}

/**
 * Runs the quote check again on the notes citing sources whose highlights changed through sync,
 * through the same per-store counts the note list reads (their cache keys on the highlights'
 * revisions, which the import moved), so the list and this report say the same.
 */
async function recheckQuotes(store: NotebookStore, sourceIds: readonly string[]) {
  if (sourceIds.length === 0) return [];
  const changed = new Set(sourceIds);
  const citing = store.data.notes
    .filter((n) => n.trashedAt === null && n.citedSourceIds.some((id) => changed.has(id)))
    .map((n) => n.id);
  return noteQuoteProblemsOf(store).forNotes(citing);
}

/** Attaches every document either side knows, repeating as the notebook document names new ones. */
async function attachAll(store: NotebookStore, docs: LocalDocs, exchange: Exchange): Promise<void> {
  for (;;) {
    await exchange.settled();
    const ids = await docIds(store, docs);
    const before = docs.entries().length;
    for (const id of ids.sources) await docs.open('highlights', id);
    for (const id of ids.notes) await docs.open('note', id);
    for (const [name, doc] of docs.entries()) exchange.add(name, doc);
    if (docs.entries().length === before) {
      await exchange.settled();
      return;
    }
  }
}

/**
 * One sync cycle on an open store (docs/sync.md): export local changes, exchange every document
 * with the server until both sides hold the same state, import the result into the files.
 */
// Export comes before the server is asked: changes made offline are written (with their time) into
// the persisted Yjs state at once, so they survive a restart and merge on reconnect (docs/sync.md).
export async function runCycle(
  store: NotebookStore,
  config: SyncConfig,
  options: { timeoutMs?: number; endOnClose?: boolean } = {},
): Promise<CycleReport> {
  // Group commit: every log is fsynced at docs.idle(), before the files are written and at the end.
  const docs = new LocalDocs(store.dir, config.notebookId, { groupCommit: true });
  let exchange: Exchange | null = null;
  try {
    const known = await readKnown(store.dir);
    const { written, refused } = await exportLocal(store, docs, config, known);
    await docs.idle();
    await checkAccess(config);
    exchange = new Exchange(config, options.timeoutMs, options.endOnClose);
    if (config.role === 'editor') {
      const uploaded = new Set(known.uploaded);
      await uploadBlobs(config, store, store.list('sources'), uploaded);
      known.uploaded = [...uploaded];
    }
    await docs.idle();
    exchange.add(docName(config.notebookId, 'notebook'), await docs.open('notebook'));
    exchange.add(docName(config.notebookId, 'replies'), await docs.open('replies'));
    await attachAll(store, docs, exchange);
    await docs.idle();
    const report = await importShared(store, docs, config, known);
    await writeKnown(store.dir, known);
    const quotesRechecked = await recheckQuotes(store, report.highlightsChanged);
    return { ...report, sent: written, refused, documents: docs.entries().length, quotesRechecked };
  } finally {
    exchange?.close();
    await docs.close();
  }
}

/** `sync --once`: opens the notebook, runs one cycle, closes it. */
export async function syncOnce(notebookDir: string): Promise<CycleReport> {
  const config = await readSyncConfig(notebookDir);
  if (!config) throw new AppError('USAGE', 'This notebook is not shared: use share or join first.');
  const store = await NotebookStore.open(notebookDir);
  try {
    return await runCycle(store, config);
  } finally {
    await store.close();
  }
}
