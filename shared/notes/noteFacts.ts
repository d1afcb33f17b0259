import type { DocNode, NoteMeta } from '../model';
import { countWords } from '../text/countWords';
import { collectCitations, docText } from './collectCitations';

/** What a note is called when the reporter has not named it; the one place this text lives. */
export const UNTITLED_NOTE = 'Untitled note';

/** A note's title as shown and exported. */
export function noteTitle(title: string): string {
  return title || UNTITLED_NOTE;
}

/** What notebook.json keeps about a note's document: its length and what it cites, each id once. */
export function noteFacts(
  doc: DocNode,
): Pick<NoteMeta, 'wordCount' | 'citedHighlightIds' | 'citedSourceIds'> {
  const citations = collectCitations(doc);
  return {
    wordCount: countWords(docText(doc)),
    citedHighlightIds: [...new Set(citations.flatMap((c) => (c.highlightId ? [c.highlightId] : [])))],
    citedSourceIds: [...new Set(citations.map((c) => c.sourceId))],
  };
}
