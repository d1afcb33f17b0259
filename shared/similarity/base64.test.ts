import { describe, expect, it } from 'vitest';
import { base64ToWords, wordsToBase64 } from './base64';

describe('base64 of 32-bit words', () => {
  it.each([
    ['nothing', [], ''],
    ['zero', [0], 'AAAAAA=='],
    ['all ones', [0xffffffff], '/////w=='],
    ['little-endian bytes', [0x04030201], 'AQIDBA=='],
    ['three words, no padding', [1, 2, 3], 'AQAAAAIAAAADAAAA'],
  ])('%s', (_name, words, text) => {
    expect(wordsToBase64(words)).toBe(text);
    expect([...(base64ToWords(text) ?? [])]).toEqual(words);
  });

  it('round-trips arbitrary values', () => {
    const words = Uint32Array.from({ length: 129 }, (_, i) => (i * 2654435761) >>> 0);
    expect(base64ToWords(wordsToBase64(words))).toEqual(words);
  });

  it.each([
    ['a foreign character', 'AAA*'],
    ['a length that is not a multiple of four', 'AAAAA'],
    ['bytes that are not whole words', 'AAA='],
  ])('rejects %s', (_name, text) => {
    expect(base64ToWords(text)).toBeNull();
  });
});
