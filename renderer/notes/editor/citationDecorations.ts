import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CitationInfo } from '../../../shared/contract/results';
import { validateSourceQuoteAttrs } from '../../../shared/notes/citationAttrs';
import {
  CITATION_NODE,
  citationKey,
  citationTargetOf,
  numberCitations,
  type CitationTarget,
} from '../../../shared/notes/collectCitations';
import { checkQuote } from '../../../shared/notes/quoteCheck';
import { SOURCE_QUOTE_MARK } from '../../../shared/notes/sanitizeNoteDoc';

export const BROKEN_HIGHLIGHT_TITLE = 'The cited highlight was deleted';
export const BROKEN_SOURCE_TITLE = 'The cited source was deleted';
export const QUOTE_MISMATCH_TITLE = 'This quotation no longer matches the source';

/** What the node view shows for one citation; carried in its node decoration's spec. */
export interface CitationLook {
  number: number;
  broken: boolean;
  /** Hover text: quote, source title and date, or why it is broken. */
  title: string;
}

export interface CitationDecorationsResult {
  numbers: Map<string, number>;
  decorations: DecorationSet;
}

type Resolve = (target: CitationTarget) => CitationInfo | undefined;

/** The hover text of a resolved citation: “quote”, then title, site and date. */
export function citationHoverText(info: CitationInfo | undefined, formatDate: (v: string) => string): string {
  if (!info) return 'Looking up this citation…';
  if (!info.resolved) return info.highlightId ? BROKEN_HIGHLIGHT_TITLE : BROKEN_SOURCE_TITLE;
  const about = [
    info.sourceTitle ?? 'Untitled source',
    info.site,
    info.publishedAt && formatDate(info.publishedAt),
    info.locator,
  ]
    .filter(Boolean)
    .join(' · ');
  return info.quote ? `“${info.quote}”\n${about}` : about;
}

/** Contiguous runs of text carrying a `sourceQuote` mark for the same highlight. */
function quoteRuns(
  doc: PMNode,
): Array<{ from: number; to: number; highlightId: string; sourceId: string | null }> {
  const runs: Array<{ from: number; to: number; highlightId: string; sourceId: string | null }> = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type.name === SOURCE_QUOTE_MARK);
    const attrs = mark ? validateSourceQuoteAttrs(mark.attrs) : null;
    if (!attrs) return false;
    const last = runs[runs.length - 1];
    if (last && last.to === pos && last.highlightId === attrs.highlightId) last.to = pos + node.nodeSize;
    else runs.push({ from: pos, to: pos + node.nodeSize, ...attrs });
    return false;
  });
  return runs;
}

/** Numbers every citation in reading order and marks broken citations and altered quotations. */
export function computeCitationDecorations(
  doc: PMNode,
  resolve: Resolve,
  formatDate: (v: string) => string,
): CitationDecorationsResult {
  const found: Array<{ pos: number; size: number; target: CitationTarget }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== CITATION_NODE) return true;
    const target = citationTargetOf(node);
    if (target) found.push({ pos, size: node.nodeSize, target });
    return false;
  });
  const numbers = numberCitations(found.map((f) => f.target));

  const decorations: Decoration[] = found.map(({ pos, size, target }) => {
    const info = resolve(target);
    const look: CitationLook = {
      number: numbers.get(citationKey(target)) ?? 0,
      broken: info?.resolved === false,
      title: citationHoverText(info, formatDate),
    };
    return Decoration.node(pos, pos + size, {}, { citationLook: look });
  });

  for (const run of quoteRuns(doc)) {
    const info = resolve({ highlightId: run.highlightId, sourceId: run.sourceId ?? '', locator: null });
    const check = checkQuote(doc.textBetween(run.from, run.to), info?.resolved ? info.quote : null);
    if (check.status === 'mismatch') {
      decorations.push(
        Decoration.inline(run.from, run.to, { class: 'quote-mismatch', title: QUOTE_MISMATCH_TITLE }),
      );
    }
  }
  return { numbers, decorations: DecorationSet.create(doc, decorations) };
}

/** The look a node view was handed through its decorations, if any. */
export function lookFromDecorations(decorations: readonly Decoration[]): CitationLook | undefined {
  for (const d of decorations) {
    const look = (d.spec as { citationLook?: CitationLook }).citationLook;
    if (look) return look;
  }
  return undefined;
}
