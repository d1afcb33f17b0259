import type { ImportResult } from '../../shared/contract';
import { newId } from '../../shared/ids';
import type { Source } from '../../shared/model';
import { signText } from '../../shared/similarity';
import { linkSimilar } from '../../shared/similarity/linkSimilar';
import { countWords } from '../../shared/text/countWords';
import { IMPORTER_VERSION, type PreparedImport } from '../import/prepareImport';
import { sha256Hex } from '../store/blobStore';
import type { NotebookStore } from '../store/notebookStore';

export interface OriginalInfo {
  bytes: Uint8Array;
  fileName: string | null;
  url: string | null;
  capturedAt: string;
}

/**
 * Adds one prepared article: an exact duplicate (same clean text) is reported,
 * not stored twice; otherwise the original bytes and the clean text are
 * written as immutable files before the metadata that points at them.
 */
/** Imports under way per notebook, by text hash, so two copies imported at once are still caught. */
const inFlight = new WeakMap<NotebookStore, Map<string, Promise<ImportResult>>>();

export async function addSource(
  store: NotebookStore,
  prepared: PreparedImport,
  original: OriginalInfo,
): Promise<ImportResult> {
  const textSha256 = sha256Hex(prepared.text);
  const pending = inFlight.get(store) ?? new Map<string, Promise<ImportResult>>();
  inFlight.set(store, pending);
  const earlier = pending.get(textSha256);
  if (earlier) {
    const first = await earlier;
    return {
      status: 'duplicate',
      sourceId: first.sourceId,
      title: prepared.title,
      duplicateOf: { id: first.sourceId, title: first.title },
    };
  }
  const work = addNewSource(store, prepared, original, textSha256);
  pending.set(textSha256, work);
  try {
    return await work;
  } finally {
    pending.delete(textSha256);
  }
}

// Long because most of it is the new source record written out field by field.
async function addNewSource(
  store: NotebookStore,
  prepared: PreparedImport,
  original: OriginalInfo,
  textSha256: string,
): Promise<ImportResult> {
  const existing = store.sourceByTextHash(textSha256);
  if (existing) {
    return {
      status: 'duplicate',
      sourceId: existing.id,
      title: prepared.title,
      duplicateOf: { id: existing.id, title: existing.title },
    };
  }
  const [originalSha256, , extractionSha256] = await Promise.all([
    store.originals.put(original.bytes),
    store.texts.put(prepared.text),
    store.texts.put(JSON.stringify(prepared.extraction)),
  ]);
  const now = new Date().toISOString();
  // Signed once: in the parser worker for pages and text, here for PDF and Word.
  const signature = prepared.signature ?? signText(prepared.text);
  const matches = await store.similarity.similarTo(signature);
  const similar = matches.map((m) => ({ sourceId: m.id, score: Math.round(m.score * 100) / 100 }));
  const source: Source = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    kind: prepared.kind,
    title: prepared.title,
    authors: prepared.authors,
    site: prepared.site,
    publishedAt: prepared.publishedAt,
    url: prepared.url,
    language: prepared.language,
    textSha256,
    wordCount: countWords(prepared.text),
    original: {
      sha256: originalSha256,
      size: original.bytes.length,
      mediaType: prepared.mediaType,
      fileName: original.fileName,
      url: original.url,
    },
    capturedAt: original.capturedAt,
    importer: { name: 'research-notebook', version: IMPORTER_VERSION },
    tags: [],
    confidential: false,
    modifiedAt: prepared.modifiedAt,
    publishedApproximate: prepared.publishedApproximate,
    canonicalUrl: prepared.canonicalUrl,
    metadataSources: prepared.metadataSources,
    extractionSha256,
    similar: [],
    importNotes: prepared.notes,
  };
  // The new source is put in the lookups; the linked ones only gain links (same objects).
  await store.mutate(
    (file) => {
      file.sources.push(source);
      linkSimilar((id) => (id === source.id ? source : store.sourceById(id)), source.id, similar);
    },
    { put: [source] },
  );
  await store.similarity.add(source.id, signature);
  return { status: 'imported', sourceId: source.id, title: source.title };
}
