import type { z } from 'zod';
import {
  claimSchema,
  entitySchema,
  highlightSchema,
  noteMetaSchema,
  sourceSchema,
  type Highlight,
  type Source,
} from '../../../shared/model';
import { readRecords } from '../../../shared/sync/recordDoc';
import { mapLimit } from '../../../shared/text/mapLimit';
import type { NotebookStore } from '../../store/notebookStore';
import { isEmptyFragment, readNoteFragment } from '../../../shared/sync/noteFragment';
import { blobsOf, flushDownloads } from './blobTransfer';
import { downloadSourceFiles } from './blobDownload';
import { digestOf, docIds, NOTEBOOK_KINDS } from './exportLocal';
import type { LocalDocs } from './localDocs';
import type { KnownState, SyncConfig } from './syncState';

const schemas: Record<(typeof NOTEBOOK_KINDS)[number], z.ZodType> = {
  sources: sourceSchema,
  entities: entitySchema,
  claims: claimSchema,
  notes: noteMetaSchema,
};

export interface ImportReport {
  /** Records another member wrote that do not pass our checks; left out, and counted for the reporter. */
  invalid: number;
  /** Sources whose files the server does not have yet; they arrive at a later exchange. */
  waitingForFiles: number;
  /** Writes into the notebook files that came from others (lists, highlights, note bodies). */
  applied: number;
  /** Sources whose highlights this exchange changed or removed here (their citing notes need a new quote check). */
  highlightsChanged: string[];
}

/** Valid records of one kind from a document, by id (what another member wrote is untrusted). */
function validRecords<T>(
  records: Map<string, Record<string, unknown>>,
  schema: z.ZodType,
  report: ImportReport,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const [id, raw] of records) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.set(id, parsed.data as T);
    else report.invalid++;
  }
  return out;
}

/** The list as the documents say, in the notebook's order, new records at the end. */
function merged<T extends { id: string }>(current: readonly T[], shared: Map<string, T>): T[] {
  const kept = current.filter((r) => shared.has(r.id)).map((r) => shared.get(r.id) as T);
  const present = new Set(current.map((r) => r.id));
  return [...kept, ...[...shared.values()].filter((r) => !present.has(r.id))];
}

async function importNotebookRecords(
  store: NotebookStore,
  docs: LocalDocs,
  config: SyncConfig,
  report: ImportReport,
): Promise<void> {
  const nb = await docs.open('notebook');
  const next: Partial<Record<(typeof NOTEBOOK_KINDS)[number], Array<{ id: string }>>> = {};
  for (const kind of NOTEBOOK_KINDS) {
    const shared = validRecords<{ id: string }>(readRecords(nb, kind), schemas[kind], report);
    if (kind === 'sources') {
      const arriving = [...shared].filter(([id]) => !store.find('sources', id));
      // Many files per request: one request each was half of a large join.
      const lacking = await downloadSourceFiles(
        config,
        store,
        arriving.map(([, s]) => s as Source),
      );
      for (const [id, source] of arriving) {
        if (!blobsOf(store, source as Source).some((b) => lacking.has(b.sha))) continue;
        shared.delete(id);
        report.waitingForFiles++;
      }
      // Before the source list below names them: their renames must survive a power loss first.
      if (arriving.length > 0) await flushDownloads(store);
    }
    const list = merged(store.list(kind), shared);
    if (digestOf(list) !== digestOf(store.list(kind))) next[kind] = list;
  }
  if (Object.keys(next).length === 0) return;
  report.applied += Object.keys(next).length;
  // A new source list is indexed again in full (the store's mutate); other lists leave it alone.
  await store.mutate(
    (file) => {
      for (const [kind, list] of Object.entries(next))
        (file as unknown as Record<string, unknown>)[kind] = list;
    },
    next.sources ? undefined : {},
  );
}

/**
 * Step 4 of the cycle (docs/sync.md): writes what the documents say into the notebook files,
 * durably, and returns what the files now hold as the known state.
 */
export async function importShared(
  store: NotebookStore,
  docs: LocalDocs,
  config: SyncConfig,
  known: KnownState,
): Promise<ImportReport> {
  const report: ImportReport = { invalid: 0, waitingForFiles: 0, applied: 0, highlightsChanged: [] };
  await importNotebookRecords(store, docs, config, report);
  const ids = await docIds(store, docs);
  const highlightIds: string[] = [];
  // Several sources at once, so writes to one highlights shard coalesce into one durable save.
  await mapLimit(ids.sources, 16, async (sourceId) => {
    const doc = await docs.open('highlights', sourceId);
    const shared = validRecords<Highlight>(readRecords(doc, 'highlights'), highlightSchema, report);
    if (!store.find('sources', sourceId)) return;
    const local = new Map((await store.highlights.forGroup(sourceId)).map((h) => [h.id, h]));
    const changed = [...shared.values()].filter((h) => digestOf(h) !== digestOf(local.get(h.id)));
    const gone = [...local.keys()].filter((id) => !shared.has(id));
    if (changed.length > 0) await store.highlights.put(sourceId, ...changed);
    if (gone.length > 0) await store.highlights.remove(sourceId, ...gone);
    report.applied += changed.length + gone.length;
    if (changed.length + gone.length > 0) report.highlightsChanged.push(sourceId);
    highlightIds.push(...shared.keys());
  });
  report.highlightsChanged.sort();
  const notes: Record<string, string> = {};
  for (const noteId of ids.notes) {
    if (!store.find('notes', noteId)) continue;
    const doc = await docs.open('note', noteId);
    const local = (await store.notes.readBody(noteId)).doc;
    if (isEmptyFragment(doc)) {
      notes[noteId] = digestOf(local);
      continue;
    }
    const shared = readNoteFragment(doc);
    if (digestOf(shared) !== digestOf(local)) {
      await store.notes.writeBody({ version: 1, noteId, savedAt: new Date().toISOString(), doc: shared });
      report.applied++;
    }
    notes[noteId] = digestOf(shared);
  }
  await store.settle();
  known.ids = Object.fromEntries(NOTEBOOK_KINDS.map((k) => [k, store.list(k).map((r) => r.id)]));
  known.ids.highlights = highlightIds;
  known.notes = notes;
  return report;
}
