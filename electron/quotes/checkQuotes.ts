import { AppError } from '../../shared/errors';
import {
  checkDraftQuotations,
  checkNoteQuotations,
  flattenNote,
  makeReport,
  type FlatNote,
  type QuoteFinding,
  type QuoteReport,
} from '../../shared/quotes';
import type { DocNode } from '../../shared/model';
import { noteTitle } from '../../shared/notes/noteFacts';
import type { NotebookStore } from '../store/notebookStore';
import { quoteLibraryOf } from './quoteLibrary';
import { readDraft } from './readDraft';

const titleOf =
  (store: NotebookStore) =>
  (id: string): string | null =>
    store.sourceById(id)?.title ?? null;

/** Every quotation of a note, each against its citation (an uncited one against the notebook). */
export async function checkNote(store: NotebookStore, noteId: string): Promise<QuoteReport> {
  const meta = store.data.notes.find((n) => n.id === noteId);
  if (!meta) throw new AppError('NOT_FOUND', 'That note is no longer in this notebook.');
  const { doc } = await store.notes.readBody(noteId);
  const { findings } = await checkDoc(store, doc);
  return makeReport(`Note: ${noteTitle(meta.title)}`, findings, titleOf(store));
}

/** The quotations of a note document (e.g. as a packet carries it), checked against the notebook. */
export async function checkDoc(
  store: NotebookStore,
  doc: DocNode,
): Promise<{ flat: FlatNote; findings: QuoteFinding[] }> {
  const flat = flattenNote(doc);
  const sources = await quoteLibraryOf(store).sourcesFor(flat);
  return { flat, findings: checkNoteQuotations(flat, sources) };
}

/** Every quotation of a draft written elsewhere, looked up in the whole notebook. */
export async function checkDraft(
  store: NotebookStore,
  bytes: Uint8Array,
  fileName: string,
): Promise<QuoteReport> {
  const flat = await readDraft(bytes, fileName);
  const sources = await quoteLibraryOf(store).sourcesFor(flat);
  return makeReport(`Draft: ${fileName}`, checkDraftQuotations(flat, sources), titleOf(store));
}
