import { NotebookSession } from '../../../electron/session/notebookSession';
import type { DocNode } from '../../../shared/model/note';
import { syntheticArticle } from '../corpus';

/** What the browser bench opens: one long source with its highlights, one long note citing them. */
export interface BenchNotebook {
  sourceId: string;
  highlightIds: string[];
  noteId: string;
  /** Paragraphs in the note, so the bench can tell when all of them are on screen. */
  noteParagraphs: number;
}

/** Non-overlapping word-sized spans spread evenly through `text`, none crossing a line break. */
export function spreadSpans(text: string, count: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const step = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    let start = i * step;
    // Start on a whole word: step past the one we landed in, then past what separates words.
    while (start > 0 && start < text.length && /\w/.test(text[start - 1] ?? '')) start++;
    while (start < text.length && !/\w/.test(text[start] ?? '')) start++;
    const end = text.slice(start).search(/[\s.]/);
    if (end <= 0) continue;
    spans.push({ start, end: start + end });
  }
  return spans;
}

/**
 * The quotation written before citation `i`: six words of the source from the cited highlight on,
 * every seventh with a word changed, so the quote check has exact and differing quotations to find.
 */
function quotationAt(source: string, span: { start: number } | undefined, i: number): string {
  const words = source
    .slice(span?.start ?? 0)
    .split(/\s+/)
    .slice(0, 6);
  if (i % 7 === 3) words[2] = 'allegedly';
  return ` “${words.join(' ').replace(/[.,;:]$/, '')}”`;
}

/**
 * A TipTap document of the article's paragraphs, with `citations` spread over the paragraphs,
 * each after a quotation of the source (the quote check runs on this note while the bench types).
 */
function noteDoc(
  article: string,
  source: { id: string; text: string; spans: Array<{ start: number }> },
  highlightIds: string[],
  citations: number,
): DocNode & { type: 'doc' } {
  const paragraphs = article.split(/\n\n+/).filter((p) => p.trim().length > 0);
  const content: DocNode[] = paragraphs.map((text) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: text.trim() }],
  }));
  for (let i = 0; i < citations; i++) {
    const paragraph = content[Math.floor((i * content.length) / citations)];
    const h = i % highlightIds.length;
    paragraph?.content?.push(
      { type: 'text', text: `${quotationAt(source.text, source.spans[h], i)} ` },
      {
        type: 'citation',
        attrs: { sourceId: source.id, highlightId: highlightIds[h] ?? null, locator: null },
      },
    );
  }
  return { type: 'doc', content };
}

/** Fills `dir` with the bench notebook directly through the session (no host needed). */
export async function prepareNotebook(
  dir: string,
  sizes: { words: number; highlights: number; citations: number },
): Promise<BenchNotebook> {
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  try {
    const h = session.handlers;
    const imported = await session.importText(syntheticArticle(7_000, sizes.words), 'Browser bench source');
    const { text } = await h.getSource({ id: imported.sourceId });
    const spans = spreadSpans(text, sizes.highlights);
    const highlightIds: string[] = [];
    for (let at = 0; at < spans.length; at += 100) {
      const batch = spans.slice(at, at + 100);
      const created = await Promise.all(
        batch.map((span, i) =>
          h.createHighlight({
            sourceId: imported.sourceId,
            ...span,
            color: 1 + ((at + i) % 5),
            comment: '',
            tags: [],
            entityIds: [],
          }),
        ),
      );
      highlightIds.push(...created.map((c) => c.id));
    }
    const note = await h.createNote({ title: 'Browser bench note' });
    const doc = noteDoc(
      syntheticArticle(8_000, sizes.words),
      { id: imported.sourceId, text, spans },
      highlightIds,
      sizes.citations,
    );
    await h.saveNote({ id: note.id, doc, allowEmpty: false });
    return {
      sourceId: imported.sourceId,
      highlightIds,
      noteId: note.id,
      noteParagraphs: doc.content?.length ?? 0,
    };
  } finally {
    await session.close();
  }
}
