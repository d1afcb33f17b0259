import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, parseQuery, type QueryClause } from './parseQuery';

const term = (t: string, extra: Partial<Extract<QueryClause, { type: 'term' }>> = {}): QueryClause => ({
  type: 'term',
  term: t,
  prefix: false,
  fuzzy: t.length >= 5,
  negated: false,
  ...extra,
});
const phrase = (terms: string[], negated = false): QueryClause => ({ type: 'phrase', terms, negated });

describe('parseQuery', () => {
  it.each<[string, string, QueryClause[]]>([
    ['empty', '', []],
    ['only spaces and stray symbols', '  - * "" ', []],
    ['one short word: exact', 'port', [term('port')]],
    ['one long word: typo-tolerant', 'harbour', [term('harbour')]],
    ['two words (AND)', 'council budget', [term('council'), term('budget')]],
    ['case and diacritics folded', 'Zürich CAFÉ', [term('zurich'), term('cafe', { fuzzy: false })]],
    ['letters without decomposition', 'Ærøskøbing Łódź', [term('aeroskobing'), term('lodz')]],
    ['quoted phrase', '"council harbour"', [phrase(['council', 'harbour'])]],
    ['curly quotes', '\u201cthe mayor said\u201d', [phrase(['the', 'mayor', 'said'])]],
    ['quoted single word: exact, no typos', '"harbour"', [term('harbour', { fuzzy: false })]],
    [
      'unterminated quote runs to the end',
      'budget "river bridge',
      [term('budget'), phrase(['river', 'bridge'])],
    ],
    ['prefix', 'minis*', [term('minis', { prefix: true, fuzzy: false })]],
    ['short prefix', 'a*', [term('a', { prefix: true, fuzzy: false })]],
    ['exclusion', 'quist -dahl', [term('quist', { fuzzy: true }), term('dahl', { negated: true })]],
    ['excluded phrase', '-"press release" strike', [phrase(['press', 'release'], true), term('strike')]],
    ['excluded prefix', '-min*', [term('min', { prefix: true, fuzzy: false, negated: true })]],
    ['a lone hyphen is not an exclusion', 'energy - price', [term('energy'), term('price')]],
    ['hyphenated word becomes a phrase', 'e-mail', [phrase(['e', 'mail'])]],
    ['apostrophes dropped', "don't O\u2019Brien", [term('dont', { fuzzy: false }), term('obrien')]],
    ['plus is a no-op', '+budget', [term('budget')]],
    ['word glued to a quote', 'mayor"said today"', [term('mayor'), phrase(['said', 'today'])]],
    ['numbers are words', 'article 4242', [term('article'), term('4242')]],
  ])('%s', (_name, input, clauses) => {
    expect(parseQuery(input).clauses).toEqual(clauses);
  });

  it('keeps at most MAX_CLAUSES clauses', () => {
    const words = Array.from({ length: MAX_CLAUSES + 5 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(words).clauses).toHaveLength(MAX_CLAUSES);
  });
});
