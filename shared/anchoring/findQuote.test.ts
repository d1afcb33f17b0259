import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { findQuote } from './findQuote';

const TEXT =
  'Nana said “no, no, no” to the 🦆 duck plan.\n\nThe Duck  Plan passed anyway — duck plan fans cheered.';

describe('findQuote', () => {
  it.each([
    { name: 'single verbatim occurrence', quote: 'passed anyway', covers: ['passed anyway'] },
    { name: 'several occurrences, verbatim only', quote: 'duck plan', covers: ['duck plan', 'duck plan'] },
    { name: 'overlapping occurrences', quote: 'no, no', covers: ['no, no', 'no, no'] },
    { name: 'typed straight quotes match curly ones', quote: '"no, no, no"', covers: ['“no, no, no”'] },
    {
      name: 'case and white space ignored when nothing is verbatim',
      quote: 'the duck plan PASSED',
      covers: ['The Duck  Plan passed'],
    },
    { name: 'typed hyphen matches an em dash', quote: 'anyway - duck', covers: ['anyway — duck'] },
    { name: 'emoji offsets stay whole', quote: '🦆 duck', covers: ['🦆 duck'] },
    { name: 'not found', quote: 'goose', covers: [] },
  ])('$name', ({ quote, covers }) => {
    const found = findQuote(TEXT, quote);
    expect(found.map(({ start, end }) => TEXT.slice(start, end))).toEqual(covers);
    const starts = found.map((o) => o.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reports the exact offsets of each occurrence', () => {
    expect(findQuote('ab ab ab', 'ab')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
    ]);
  });

  it('rejects an empty quote', () => {
    expect(() => findQuote(TEXT, '  ')).toThrow(AppError);
  });
});
