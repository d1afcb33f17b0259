import { addSource } from '../../../electron/session/addSource';
import type { NotebookStore } from '../../../electron/store/notebookStore';
import type { Handlers, ImportResult } from '../../../shared/contract';
import type { Highlight } from '../../../shared/model';

/**
 * Adds a source with exactly this clean text (no extraction run), for tests about what happens
 * after import. `original` is the bytes kept as the original (the text itself by default).
 */
export function addPlainSource(
  store: NotebookStore,
  options: { title: string; text: string; removed?: string[]; original?: string; fileName?: string },
): Promise<ImportResult> {
  const original = options.original ?? options.text;
  return addSource(
    store,
    {
      kind: 'text',
      mediaType: 'text/plain',
      title: options.title,
      authors: [],
      site: null,
      publishedAt: null,
      publishedApproximate: false,
      modifiedAt: null,
      canonicalUrl: null,
      url: null,
      language: null,
      text: options.text,
      extraction: { version: 1, removed: options.removed ?? [], blocks: [], pages: [], footnotes: [] },
      metadataSources: {},
      notes: [],
    },
    {
      bytes: new TextEncoder().encode(original),
      fileName: options.fileName ?? null,
      url: null,
      capturedAt: new Date().toISOString(),
    },
  );
}

/** Highlights the first occurrence of `words` in a source's text through the handlers. */
export async function highlightWords(
  handlers: Handlers,
  sourceId: string,
  text: string,
  words: string,
): Promise<Highlight> {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return handlers.createHighlight({
    sourceId,
    start,
    end: start + words.length,
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
  });
}
