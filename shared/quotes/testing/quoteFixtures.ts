import { placeHighlight } from '../../anchoring';
import { describeRange } from '../../anchoring/describeRange';
import type { CitationTarget } from '../../notes/collectCitations';
import type { HighlightPlace, QuoteSources } from '../checkQuotations';
import { FlatBuilder, type FlatNote } from '../flattenNote';
import { QuoteIndex } from '../quoteIndex';

/** Invented articles (no third-party text) for the quote check's tables. */
export const ARTICLES: Record<string, string> = {
  council: [
    'The council met on Tuesday evening in the old town hall.',
    'Mayor Ellen Brandt said the talks had been constructive, very useful and substantive, and that the $14.2 million bridge project would start in the spring.',
    '"We are not going to wait another year," she told reporters.',
    'The opposition leader, Tomas Keller, called the plan "a reckless gamble with public money" and said his party would vote against it.',
    'Keller said it would cost the district dearly. "We don\'t have the money," he added.',
    'Turnout in the district rose 20 points compared with the last election.',
  ].join('\n\n'),
  russian:
    'Министр заявил, что переговоры прошли в конструктивной атмосфере и что соглашение будет подписано до конца года.\n\nПо его словам, вопрос о поставках газа остаётся открытым.',
  german:
    'Die Bürgermeisterin sagte, man werde die Brücke noch in diesem Jahr sanieren lassen.\n\nDer Stadtrat stimmte mit großer Mehrheit für den Plan.',
  japanese: '市長は、橋の工事を来年の春に始めると述べた。住民の多くは計画に賛成している。',
  harbour: [
    'The harbour authority said container traffic fell by a third last winter.',
    'Its director, Maria Olsen, warned that "the port cannot survive another season like this one" without state help.',
  ].join('\n\n'),
};

/** Highlights by id: the source and the words highlighted (found in the article when made). */
export const HIGHLIGHTS: Record<string, { source: string; words: string }> = {
  talks: { source: 'council', words: 'the talks had been constructive, very useful and substantive' },
  wait: { source: 'council', words: '"We are not going to wait another year," she told reporters.' },
  turnout: { source: 'council', words: 'Turnout in the district rose 20 points' },
  minister: { source: 'russian', words: 'переговоры прошли в конструктивной атмосфере' },
  bridge: { source: 'german', words: 'man werde die Brücke noch in diesem Jahr sanieren lassen' },
  port: { source: 'harbour', words: 'the port cannot survive another season like this one' },
  /** Highlighted in a wording the article no longer has: it does not anchor. */
  lost: { source: 'council', words: 'The mayor resigned after a heated session about parking fees' },
};

/** Ids must look like ids; these are stable ones per fixture name. */
const idOf = (name: string): string => {
  const hex = [...name]
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(8, '0');
  return `${hex}-0000-4000-8000-${hex.padEnd(12, '0').slice(0, 12)}`;
};
export const sourceId = (name: string): string => idOf(`s:${name}`);
export const highlightId = (name: string): string => idOf(`h:${name}`);

/** The fixture notebook as the quote check sees it, with the anchoring module placing highlights. */
export function fixtureSources(articles = ARTICLES, highlights = HIGHLIGHTS): QuoteSources {
  const index = new QuoteIndex();
  const texts = new Map<string, string>();
  for (const [name, text] of Object.entries(articles)) {
    texts.set(sourceId(name), text);
    index.add(sourceId(name), text);
  }
  const places = new Map<string, HighlightPlace>();
  for (const [name, h] of Object.entries(highlights)) {
    const text = articles[h.source] ?? '';
    const at = text.indexOf(h.words);
    const selectors =
      at >= 0
        ? describeRange(text, at, at + h.words.length)
        : { quote: { type: 'TextQuoteSelector' as const, exact: h.words, prefix: '', suffix: '' } };
    const place = placeHighlight(text, selectors);
    places.set(
      highlightId(name),
      place.status === 'orphan'
        ? { sourceId: sourceId(h.source), orphan: true }
        : { sourceId: sourceId(h.source), start: place.start, end: place.end },
    );
  }
  return {
    sourceText: (id) => texts.get(id) ?? null,
    highlightPlace: (id) => places.get(id) ?? null,
    candidates: (quote, limit, exclude) => index.candidates(quote, limit, exclude),
  };
}

/**
 * A note written as text: paragraphs at blank lines, "> " for block-quote lines, and citations
 * as {h:name} (a highlight) or {s:name} (a whole source).
 */
export function noteOf(written: string): FlatNote {
  const out = new FlatBuilder();
  let group = 0;
  for (const para of written.split('\n\n')) {
    const quoted = para.startsWith('> ');
    out.startBlock(quoted ? 'quote' : 'p', quoted ? group : -1);
    const body = quoted ? para.slice(2) : para;
    for (const piece of body.split(/(\{[hs]:[a-z]+\})/)) {
      const cite = /^\{([hs]):([a-z]+)\}$/.exec(piece);
      if (!cite) out.addText(piece);
      else out.addCitation(citationOf(cite[1] as 'h' | 's', cite[2] as string));
    }
    if (!quoted) group++;
  }
  return out.finish();
}

function citationOf(kind: 'h' | 's', name: string): CitationTarget {
  if (kind === 's') return { sourceId: sourceId(name), highlightId: null, locator: null };
  const h = HIGHLIGHTS[name];
  // A highlight not in the table stands for one deleted from the council article.
  return { sourceId: sourceId(h?.source ?? 'council'), highlightId: highlightId(name), locator: null };
}
