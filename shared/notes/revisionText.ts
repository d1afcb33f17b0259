import type { DocNode } from '../model/note';
import { diffWords, type DiffPart } from '../similarity/wordDiff';
import {
  CITATION_NODE,
  citationKey,
  citationTargetOf,
  collectCitations,
  numberCitations,
} from './collectCitations';

const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading']);

/** Plain text of a note for comparing revisions: blocks on their own lines, citations as `[n]`. */
export function revisionText(doc: DocNode): string {
  const numbers = numberCitations(collectCitations(doc));
  const lines: string[] = [];
  const inline = (node: DocNode): string => {
    if (node.type === CITATION_NODE) {
      const target = citationTargetOf(node);
      return target ? `[${numbers.get(citationKey(target)) ?? '?'}]` : '';
    }
    if (node.type === 'hardBreak') return '\n';
    return node.text ?? (node.content ?? []).map(inline).join('');
  };
  const walk = (node: DocNode): void => {
    if (BLOCKS_WITH_TEXT.has(node.type)) lines.push(inline(node));
    else for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return lines.filter((l) => l.trim().length > 0).join('\n');
}

/** Word-level changes from an older revision to a newer document. */
export function compareRevisions(older: DocNode, newer: DocNode): DiffPart[] {
  return diffWords(revisionText(older), revisionText(newer));
}
