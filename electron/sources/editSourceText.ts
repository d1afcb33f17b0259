import { parsePage } from '../dom/parsePage';
import { AppError } from '../../shared/errors';
import { extractionSchema, type Extraction, type Source } from '../../shared/model';
import {
  insertBlock,
  originalPlace,
  removeBlock,
  type CleanTextChange,
} from '../../shared/sources/editCleanText';
import { countWords } from '../../shared/text/countWords';
import type { NotebookStore } from '../store/notebookStore';
import { reanchorHighlights } from './reanchorHighlights';

export async function readExtraction(store: NotebookStore, source: Source): Promise<Extraction | null> {
  if (!source.extractionSha256) return null;
  const parsed = extractionSchema.safeParse(
    JSON.parse((await store.texts.get(source.extractionSha256)).toString('utf8')),
  );
  return parsed.success ? parsed.data : null;
}

const emptyExtraction = (): Extraction => ({ version: 1, removed: [], blocks: [], pages: [], footnotes: [] });

/** The original as plain text, to find where an importer-cut block stood (HTML read as its text). */
async function originalText(store: NotebookStore, source: Source): Promise<string | null> {
  const { mediaType } = source.original;
  if (!/^text\/(plain|html|markdown)/.test(mediaType)) return null;
  const raw = (await store.originals.get(source.original.sha256)).toString('utf8');
  if (!mediaType.startsWith('text/html')) return raw;
  // Block ends become line breaks so paragraphs stay apart; nothing in the page runs.
  const document = parsePage(raw.replace(/<\/(p|div|li|h[1-6]|blockquote|section|article)>/gi, '$&\n\n'));
  return document.body?.textContent ?? document.documentElement?.textContent ?? null;
}

/**
 * Writes a changed clean text: new text and extraction blobs (the old ones are never rewritten),
 * the source pointing at them with the change in its provenance, then every highlight re-anchored
 * and saved — all before the call returns.
 */
async function commit(
  store: NotebookStore,
  source: Source,
  change: CleanTextChange,
  action: 'removed' | 'restored',
  now: string,
): Promise<Source> {
  const [textSha256, extractionSha256] = await Promise.all([
    store.texts.put(change.text),
    store.texts.put(JSON.stringify(change.extraction)),
  ]);
  const edit = {
    at: now,
    action,
    start: change.start,
    length: change.block.length,
    excerpt: change.block.replace(/\s+/g, ' ').trim().slice(0, 120),
  };
  const next: Source = {
    ...source,
    textSha256,
    extractionSha256,
    wordCount: countWords(change.text),
    updatedAt: now,
    textEdits: [...(source.textEdits ?? []), edit],
  };
  await store.replace('sources', next);
  await reanchorHighlights(store, source.id, change.text, now, change.shift);
  return next;
}

/** Puts a removed block back: where it stood ('original', when known) or at the start or end. */
export async function restoreRemoved(
  store: NotebookStore,
  id: string,
  index: number,
  at: 'start' | 'end' | 'original',
  now: string,
): Promise<Source> {
  const source = store.requireSource(id);
  const extraction = await readExtraction(store, source);
  if (!extraction || extraction.removed[index] === undefined)
    throw new AppError('NOT_FOUND', 'That removed text is no longer listed.');
  const text = await store.readText(source);
  let place = at === 'start' ? 0 : text.length;
  if (at === 'original') {
    const found = originalPlace(text, extraction, index, await originalText(store, source).catch(() => null));
    if (found === null)
      throw new AppError('NOT_FOUND', 'Where this text stood is not known; put it at the start or the end.');
    place = found;
  }
  return commit(store, source, insertBlock(text, extraction, index, place), 'restored', now);
}

/** Moves the paragraphs of [start, end) to the removed text ("This is not part of the article"). */
export async function markNotArticle(
  store: NotebookStore,
  id: string,
  start: number,
  end: number,
  now: string,
): Promise<{ source: Source; removedIndex: number }> {
  const source = store.requireSource(id);
  const extraction = (await readExtraction(store, source)) ?? emptyExtraction();
  const text = await store.readText(source);
  const change = removeBlock(text, extraction, start, end);
  const next = await commit(store, source, change, 'removed', now);
  return { source: next, removedIndex: change.extraction.removed.length - 1 };
}
