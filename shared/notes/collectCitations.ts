import type { DocNode } from '../model/note';

/** Name of the inline citation node in note documents. */
export const CITATION_NODE = 'citation';

/** What a citation points at: a highlight (and its source), or a whole source with an optional locator. */
export interface CitationTarget {
  highlightId: string | null;
  sourceId: string;
  locator: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Reads a citation node's attributes, or null when they are unusable. */
export function citationTargetOf(node: Pick<DocNode, 'attrs'>): CitationTarget | null {
  const sourceId = str(node.attrs?.sourceId);
  if (!sourceId) return null;
  return { sourceId, highlightId: str(node.attrs?.highlightId), locator: str(node.attrs?.locator) };
}

/** The key two citations share when they cite the same thing (and so get the same number). */
export function citationKey(target: CitationTarget): string {
  return target.highlightId ? `h:${target.highlightId}` : `s:${target.sourceId}:${target.locator ?? ''}`;
}

/** Every citation in document order (depth-first, as it reads). */
export function collectCitations(doc: DocNode): CitationTarget[] {
  const found: CitationTarget[] = [];
  const stack: DocNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as DocNode;
    if (node.type === CITATION_NODE) {
      const target = citationTargetOf(node);
      if (target) found.push(target);
    }
    if (node.content)
      for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i] as DocNode);
  }
  return found;
}

/** Numbers in order of first appearance: [1], [2], …; a repeated target keeps its number. */
export function numberCitations(targets: CitationTarget[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const t of targets) if (!numbers.has(citationKey(t))) numbers.set(citationKey(t), numbers.size + 1);
  return numbers;
}

/** Plain text of a document, blocks separated by blank lines (for word counts and search). */
export function docText(doc: DocNode): string {
  const blocks: string[] = [];
  const walk = (node: DocNode, into: string[]): void => {
    if (node.text) into.push(node.text);
    for (const child of node.content ?? []) {
      if (child.content && child.type !== 'paragraph' && child.type !== 'heading') walk(child, into);
      else if (child.content) {
        const inline: string[] = [];
        walk(child, inline);
        blocks.push(inline.join(''));
      } else walk(child, into);
    }
  };
  walk(doc, blocks);
  return blocks.filter((b) => b.length > 0).join('\n\n');
}
