import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { mayWrite } from '../../../shared/sync/docNames';
import { knownIds, writeRecords, type Keyed } from '../../../shared/sync/recordDoc';
import type { NotebookStore } from '../../store/notebookStore';
import { readNoteFragment, writeNoteFragment } from '../../../shared/sync/noteFragment';
import { changeTime } from './clock';
import type { LocalDocs } from './localDocs';
import type { KnownState, SyncConfig } from './syncState';

export const NOTEBOOK_KINDS = ['sources', 'entities', 'claims', 'notes'] as const;

export function digestOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('hex');
}

const asKeyed = (records: readonly object[]): Keyed[] => records as Keyed[];

/** Ids of sources and notes either side knows, whose own documents must be exchanged. */
export async function docIds(
  store: NotebookStore,
  docs: LocalDocs,
): Promise<{ sources: string[]; notes: string[] }> {
  const nb = await docs.open('notebook');
  const union = (local: readonly { id: string }[], shared: string[]) => [
    ...new Set([...local.map((r) => r.id), ...shared]),
  ];
  return {
    sources: union(store.list('sources'), knownIds(nb, 'sources')),
    notes: union(store.list('notes'), knownIds(nb, 'notes')),
  };
}

/**
 * Step 2 of the cycle (docs/sync.md): writes what changed in the notebook files since the last
 * exchange into the documents, as this member. Returns how many changes were written; a reviewer
 * writes none and gets the count of changes the server would refuse.
 */
export async function exportLocal(
  store: NotebookStore,
  docs: LocalDocs,
  config: SyncConfig,
  known: KnownState,
): Promise<{ written: number; refused: number }> {
  const editor = mayWrite(config.role, 'notebook');
  let written = 0;
  let refused = 0;
  const write = (doc: Y.Doc, kind: string, records: Keyed[]) => {
    const wasHere = new Set(known.ids[kind] ?? []);
    if (!editor) {
      // Measured on a copy, so nothing the server would refuse is kept as if it were shared.
      const probe = new Y.Doc();
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
      refused += writeRecords(probe, kind, records, config.member, changeTime(), (id) => wasHere.has(id));
      return;
    }
    written += writeRecords(doc, kind, records, config.member, changeTime(), (id) => wasHere.has(id));
  };
  const nb = await docs.open('notebook');
  for (const kind of NOTEBOOK_KINDS) write(nb, kind, asKeyed(store.list(kind)));
  const ids = await docIds(store, docs);
  for (const sourceId of ids.sources) {
    const doc = await docs.open('highlights', sourceId);
    write(doc, `highlights`, asKeyed(await store.highlights.forGroup(sourceId)));
  }
  for (const noteId of ids.notes) {
    if (!store.find('notes', noteId)) continue;
    const body = (await store.notes.readBody(noteId)).doc;
    const digest = digestOf(body);
    if (known.notes[noteId] === digest) continue; // unchanged here since the last exchange
    const doc = await docs.open('note', noteId);
    if (digestOf(readNoteFragment(doc)) === digest) continue;
    if (!editor) refused++;
    else {
      writeNoteFragment(doc, body);
      written++;
    }
  }
  return { written, refused };
}
