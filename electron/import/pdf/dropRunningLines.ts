import type { PdfLine } from './layoutPageText';

/** How many lines at the top and at the bottom of a page can be running heads or feet. */
const EDGE = 2;

const PAGE_NUMBER =
  /^(?:page\s+)?[-\u2013\u2014]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-\u2013\u2014]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Same text apart from numbers and case: "Ledger, page 3" repeats as "ledger, page #". */
const keyOf = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The top and bottom lines of a page by position, since stream order often puts the footer first. */
function edgeLines(lines: readonly PdfLine[]): Set<PdfLine> {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  // On a short page most lines would be "edges"; keep at least the middle third out of reach.
  const n = Math.max(1, Math.min(EDGE, Math.floor(lines.length / 3)));
  return new Set([...byHeight.slice(0, n), ...byHeight.slice(-n)]);
}

/**
 * Removes bare page numbers at a page's edges, and edge lines that repeat (numbers aside)
 * on most pages: running headers and footers. Returns what it removed so the import can say so.
 */
export function dropRunningLines(pages: readonly PdfLine[][]): { pages: PdfLine[][]; removed: string[] } {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set([...edge].map((line) => keyOf(line.text)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  // A first page often lacks the running head, so "most pages" rather than "every page".
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  const removed = new Set<string>();
  const kept = pages.map((lines, i) =>
    lines.filter((line) => {
      if (!edges[i]!.has(line)) return true;
      const running = PAGE_NUMBER.test(line.text) || (pagesWithKey.get(keyOf(line.text)) ?? 0) >= needed;
      if (running) removed.add(line.text);
      return !running;
    }),
  );
  return { pages: kept, removed: [...removed] };
}
