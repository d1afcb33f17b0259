import type { DocNode } from '../model/note';
import type { FlatNote } from './flattenNote';
import type { QuoteStatus } from './quoteStatus';

/** Name of the mark the packet's reader draws a checked quotation with. */
export const QUOTE_STATUS_MARK = 'quoteStatus';

export interface StatusSpan {
  start: number;
  end: number;
  status: QuoteStatus;
}

/**
 * A copy of a note document with each quotation's text wrapped in a `quoteStatus` mark (its
 * status, and `last` on the final piece so a badge is drawn once). Spans are flat offsets of
 * `flat`, which must come from flattenNote(doc). The input is not changed.
 */
export function markQuotations(doc: DocNode, flat: FlatNote, spans: readonly StatusSpan[]): DocNode {
  const pieces = new Map<DocNode, DocNode[]>();
  for (const { node, flat: at } of flat.textNodes) {
    const text = node.text ?? '';
    const cuts = new Set<number>([0, text.length]);
    for (const s of spans) {
      if (s.end <= at || s.start >= at + text.length) continue;
      cuts.add(Math.max(0, s.start - at));
      cuts.add(Math.min(text.length, s.end - at));
    }
    if (cuts.size === 2 && !spans.some((s) => s.start <= at && s.end >= at + text.length)) continue;
    const points = [...cuts].sort((a, b) => a - b);
    const out: DocNode[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i] ?? 0, points[i + 1] ?? 0];
      const span = spans.find((s) => s.start <= at + from && s.end >= at + to);
      const piece: DocNode = { ...node, text: text.slice(from, to) };
      if (span) {
        const last = span.end === at + to;
        piece.marks = [
          ...(node.marks ?? []),
          { type: QUOTE_STATUS_MARK, attrs: { status: span.status, last } },
        ];
      }
      out.push(piece);
    }
    pieces.set(node, out);
  }
  if (pieces.size === 0) return doc;
  const rebuild = (node: DocNode): DocNode => {
    if (!node.content) return node;
    return { ...node, content: node.content.flatMap((child) => pieces.get(child) ?? [rebuild(child)]) };
  };
  return rebuild(doc);
}
