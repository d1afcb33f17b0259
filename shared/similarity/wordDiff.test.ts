import { describe, expect, it } from 'vitest';
import { diffWords, type DiffPart } from './wordDiff';
import { fillerArticle } from './testing/fillerArticle';
import { spinText } from './testing/spinText';

const oldSide = (parts: DiffPart[]): string =>
  parts
    .filter((p) => p.op !== 'added')
    .map((p) => p.text)
    .join('');
const newSide = (parts: DiffPart[]): string =>
  parts
    .filter((p) => p.op !== 'removed')
    .map((p) => p.text)
    .join('');
const changed = (parts: DiffPart[], op: DiffPart['op']): string[] =>
  parts.filter((p) => p.op === op).map((p) => p.text);

describe('diffWords round-trips', () => {
  it.each([
    ['both empty', '', ''],
    ['all added', '', 'New text.'],
    ['all removed', 'Old text.', ''],
    ['identical', 'Same words here.', 'Same words here.'],
    ['one word changed', 'The mayor denied it.', 'The mayor confirmed it.'],
    ['punctuation only', 'Yes, he said.', 'Yes — he said!'],
    ['white space only', 'one  two\tthree', 'one two three'],
    ['CRLF against LF', 'line one\r\nline two\r\n', 'line one\nline two\n'],
    ['accents and combining marks', 'Café naïve', 'Cafe\u0301 nai\u0308ve résumé'],
    ['emoji with joiners and flags', 'Team 👩‍👩‍👧 wins 🇳🇴', 'Team 👨‍👩‍👦 wins 🇸🇪 again'],
    ['Han, kana and Hangul', '東京で会議が開かれた', '大阪で会議が開かれた 회의'],
    ['right-to-left scripts', 'قال العمدة إن الجدار', 'قال المسؤول إن الجدار שלום'],
    ['unpaired surrogate', 'bad \ud800 char', 'bad char'],
    ['reordered paragraphs', 'First.\n\nSecond.\n\nThird.', 'Third.\n\nFirst.\n\nSecond.'],
    ['completely different', 'Alpha beta gamma.', 'Delta epsilon.'],
  ])('%s', (_name, a, b) => {
    const parts = diffWords(a, b);
    expect(oldSide(parts)).toBe(a);
    expect(newSide(parts)).toBe(b);
    for (const part of parts) expect(part.text).not.toBe('');
  });
});

describe('diffWords marks what differs', () => {
  it.each([
    [
      'a swapped word',
      'The mayor denied the claim.',
      'The mayor rejected the claim.',
      ['denied'],
      ['rejected'],
    ],
    [
      'a swapped pair reads as one change',
      'The big red dog barked.',
      'The large crimson dog barked.',
      ['big red'],
      ['large crimson'],
    ],
    ['punctuation on its own', 'Yes, he said.', 'Yes he said.', [','], []],
    ['an inserted word', 'Work could begin in summer.', 'Work could begin in early summer.', [], ['early ']],
    ['a changed number', 'It cost 4.2 million.', 'It cost 4.7 million.', ['2'], ['7']],
    ['case is a difference', 'Kelstow council', 'Kelstow Council', ['council'], ['Council']],
  ])('%s', (_name, a, b, removed, added) => {
    const parts = diffWords(a, b);
    expect(changed(parts, 'removed')).toEqual(removed);
    expect(changed(parts, 'added')).toEqual(added);
  });

  it('keeps removed text before added text within a change', () => {
    const parts = diffWords('a b c d', 'a x y d');
    expect(parts.map((p) => p.op)).toEqual(['same', 'removed', 'added', 'same']);
  });
});

describe('diffWords on long texts', () => {
  const synonyms = {
    council: 'assembly',
    harbour: 'port',
    budget: 'spending plan',
    mayor: 'leader',
    report: 'study',
    repairs: 'fixes',
  };
  const long = fillerArticle(1, 20_000);
  const sentences = long.split(/(?<=\.) /);

  it('diffs identical 20,000-word texts as one unchanged part', () => {
    expect(diffWords(long, long)).toEqual([{ op: 'same', text: long }]);
  });

  it('keeps sentences aligned in a spun 20,000-word copy with one sentence dropped and one added', () => {
    const edited = [
      ...sentences.slice(0, 100),
      ...sentences.slice(101, 600),
      'An added sentence.',
      ...sentences.slice(600),
    ].join(' ');
    const spun = spinText(edited, synonyms, 0.6, 3).text;
    const parts = diffWords(long, spun);
    expect(oldSide(parts)).toBe(long);
    expect(newSide(parts)).toBe(spun);
    // Only swapped words, the dropped and the added sentence should be marked: well under a
    // fifth of the text. Misaligned sentences would mark most of it.
    const marked = changed(parts, 'removed').join('').length;
    expect(marked / long.length).toBeLessThan(0.2);
  });

  it('finishes on two unrelated 20,000-word texts', () => {
    const other = fillerArticle(2, 20_000);
    const parts = diffWords(long, other);
    expect(oldSide(parts)).toBe(long);
    expect(newSide(parts)).toBe(other);
  });
});
