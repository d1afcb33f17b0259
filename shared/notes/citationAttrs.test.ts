import { describe, expect, it } from 'vitest';
import { validateCitationAttrs, validateSourceQuoteAttrs } from './citationAttrs';

const S = '01900000-0000-7000-8000-000000000001';
const H = '01900000-0000-7000-8000-0000000000a1';

describe('validateCitationAttrs', () => {
  it.each([
    ['source only', { sourceId: S }, { sourceId: S, highlightId: null, locator: null }],
    [
      'highlight',
      { sourceId: S, highlightId: H, locator: null },
      { sourceId: S, highlightId: H, locator: null },
    ],
    [
      'upper-case ids are normalised',
      { sourceId: S.toUpperCase(), highlightId: ` ${H} ` },
      { sourceId: S, highlightId: H, locator: null },
    ],
    [
      'locator trimmed',
      { sourceId: S, locator: '  p. 4 ' },
      { sourceId: S, highlightId: null, locator: 'p. 4' },
    ],
    [
      'blank locator is none',
      { sourceId: S, locator: '   ' },
      { sourceId: S, highlightId: null, locator: null },
    ],
    [
      'empty highlight is none',
      { sourceId: S, highlightId: '' },
      { sourceId: S, highlightId: null, locator: null },
    ],
  ])('accepts %s', (_why, raw, expected) => {
    expect(validateCitationAttrs(raw)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'citation'],
    ['no source', { highlightId: H }],
    ['source not an id', { sourceId: 'abc' }],
    ['source a number', { sourceId: 42 }],
    ['highlight not an id', { sourceId: S, highlightId: '<script>' }],
    ['locator not text', { sourceId: S, locator: 4 }],
    ['locator too long', { sourceId: S, locator: 'x'.repeat(201) }],
    ['locator with control characters', { sourceId: S, locator: 'p.\u0007 4' }],
  ])('refuses %s', (_why, raw) => {
    expect(validateCitationAttrs(raw)).toBeNull();
  });

  it('checks quotation marks the same way', () => {
    expect(validateSourceQuoteAttrs({ highlightId: H })).toEqual({ highlightId: H, sourceId: null });
    expect(validateSourceQuoteAttrs({ highlightId: H, sourceId: S })).toEqual({
      highlightId: H,
      sourceId: S,
    });
    expect(validateSourceQuoteAttrs({ highlightId: 'x' })).toBeNull();
    expect(validateSourceQuoteAttrs({ highlightId: H, sourceId: 'x' })).toBeNull();
  });
});
