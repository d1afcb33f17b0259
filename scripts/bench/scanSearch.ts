import { buildSnippet, parseQuery } from '../../shared/search';

/** The baseline without an index: every query scans every folded text. */
export function scanSearch(folded: string[], texts: string[], query: string): number {
  const needles = parseQuery(query).clauses.map((c) => (c.type === 'phrase' ? c.terms.join(' ') : c.term));
  const scored: Array<[number, number]> = [];
  for (let d = 0; d < folded.length; d++) {
    const text = folded[d] ?? '';
    let score = 0;
    for (const needle of needles) {
      let count = 0;
      for (
        let at = text.indexOf(needle);
        at >= 0 && count < 50;
        at = text.indexOf(needle, at + needle.length)
      )
        count++;
      if (!count) {
        score = 0;
        break;
      }
      score += count;
    }
    if (score) scored.push([score, d]);
  }
  scored.sort((a, b) => b[0] - a[0]);
  const spec = { terms: new Map(needles.map((n, i) => [n, i])), phrases: [], clauses: needles.length };
  for (const [, d] of scored.slice(0, 10)) buildSnippet(texts[d] ?? '', spec);
  return scored.length;
}
