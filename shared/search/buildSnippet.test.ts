import { describe, expect, it } from 'vitest';
import { buildSnippet, plainSnippet, type MarkSpec } from './buildSnippet';
import type { SnippetPart } from './types';

const spec = (terms: string[], phrases: string[][] = []): MarkSpec => ({
  terms: new Map(terms.map((t, i) => [t, i])),
  phrases: phrases.map((words, i) => ({ words, clause: terms.length + i })),
  clauses: terms.length + phrases.length,
});
/** Renders parts as text with [marks], which reads better in a table than part arrays. */
const render = (parts: SnippetPart[] | null): string | null =>
  parts && parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

const LONG = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');

describe('buildSnippet', () => {
  it.each<[string, string, MarkSpec, string | null]>([
    [
      'marks a word, keeping its case',
      'The Council met today.',
      spec(['council']),
      'The [Council] met today.',
    ],
    [
      'marks through diacritics',
      'Meet at the Café in Zürich.',
      spec(['cafe', 'zurich']),
      'Meet at the [Café] in [Zürich].',
    ],
    ['neighbouring marks join', 'At Café Zürich.', spec(['cafe', 'zurich']), 'At [Café Zürich].'],
    [
      'joins a phrase into one mark',
      'Then the mayor said no.',
      spec([], [['mayor', 'said']]),
      'Then the [mayor said] no.',
    ],
    ['phrase words apart are not marked', 'The mayor never said it.', spec([], [['mayor', 'said']]), null],
    ['nothing matches', 'Nothing here.', spec(['harbour']), null],
    ['tidies line breaks', 'One\n\ntwo  harbour', spec(['harbour']), 'One two [harbour]'],
    [
      'windows a long text around the match',
      `${LONG} harbour ${LONG}`,
      spec(['harbour']),
      `\u2026w55 w56 w57 w58 w59 [harbour] ${Array.from({ length: 22 }, (_, i) => `w${i}`).join(' ')}\u2026`,
    ],
  ])('%s', (_name, text, marks, expected) => {
    expect(render(buildSnippet(text, marks))).toBe(expected);
  });

  it('prefers a window showing every clause over the first match', () => {
    const filler = Array.from({ length: 40 }, () => 'x').join(' ');
    const text = `harbour ${filler} budget harbour here`;
    expect(render(buildSnippet(text, spec(['harbour', 'budget'])))).toMatch(/\[budget harbour\] here$/);
  });

  it('keeps punctuation on the last word and marks the cut', () => {
    expect(render(buildSnippet('Port news. More words follow here', spec(['port']), 2))).toBe(
      '[Port] news.\u2026',
    );
  });

  it('plainSnippet gives the opening words unmarked', () => {
    expect(plainSnippet(LONG, 3)).toEqual([{ text: 'w0 w1 w2\u2026', match: false }]);
    expect(plainSnippet('Short text.')).toEqual([{ text: 'Short text.', match: false }]);
  });
});
