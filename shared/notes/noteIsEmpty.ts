import type { DocNode } from '../model/note';
import { collectCitations, docText } from './collectCitations';

/** True when a document has no words and no citations (the backend's test before refusing a save). */
export function noteIsEmpty(doc: DocNode): boolean {
  return docText(doc).trim().length === 0 && collectCitations(doc).length === 0;
}
