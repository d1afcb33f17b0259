import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { textPositionSelectorSchema, textQuoteSelectorSchema } from '../model/highlight';
import { describeRange } from './describeRange';

const TEXT = 'The ferry 🚢 leaves at nine. Tickets cost “four pounds” — cash only.';

describe('describeRange', () => {
  it.each([
    {
      name: 'middle of the text with 8 units of context',
      start: TEXT.indexOf('leaves'),
      end: TEXT.indexOf('leaves') + 'leaves at nine'.length,
      context: 8,
      expected: { exact: 'leaves at nine', prefix: 'erry 🚢 ', suffix: '. Ticket' },
    },
    {
      name: 'very start: empty prefix',
      start: 0,
      end: 9,
      context: 32,
      expected: { exact: 'The ferry', prefix: '', suffix: ' 🚢 leaves at nine. Tickets cost' },
    },
    {
      name: 'very end: empty suffix',
      start: TEXT.indexOf('cash'),
      end: TEXT.length,
      context: 6,
      expected: { exact: 'cash only.', prefix: 'ds” — ', suffix: '' },
    },
    {
      name: 'context cut would split an emoji: the half is dropped',
      start: TEXT.indexOf('leaves'),
      end: TEXT.indexOf('leaves') + 6,
      context: 2,
      expected: { exact: 'leaves', prefix: ' ', suffix: ' a' },
    },
    {
      name: 'suffix cut would split an emoji: the half is dropped',
      start: 0,
      end: 9,
      context: 2,
      expected: { exact: 'The ferry', prefix: '', suffix: ' ' },
    },
    {
      name: 'zero context',
      start: 4,
      end: 9,
      context: 0,
      expected: { exact: 'ferry', prefix: '', suffix: '' },
    },
  ])('$name', ({ start, end, context, expected }) => {
    const { quote, position } = describeRange(TEXT, start, end, context);
    expect(quote).toEqual({ type: 'TextQuoteSelector', ...expected });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(textQuoteSelectorSchema.safeParse(quote).success).toBe(true);
    expect(textPositionSelectorSchema.safeParse(position).success).toBe(true);
  });

  it('defaults to 32 units of context', () => {
    const start = TEXT.indexOf('cash');
    const { quote } = describeRange(TEXT, start, start + 4);
    expect(quote.prefix).toBe(TEXT.slice(start - 32, start));
  });

  it.each([
    ['negative start', -1, 3],
    ['end past the text', 0, TEXT.length + 1],
    ['empty range', 5, 5],
    ['reversed range', 6, 5],
    ['fractional offset', 1.5, 4],
    ['white space only', 3, 4],
    ['splits an emoji', TEXT.indexOf('🚢') + 1, TEXT.indexOf('🚢') + 3],
  ])('rejects %s', (_name, start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(AppError);
  });

  it('rejects a negative context length', () => {
    expect(() => describeRange(TEXT, 0, 3, -1)).toThrow(AppError);
  });
});
