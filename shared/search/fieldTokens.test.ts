import { describe, expect, it } from 'vitest';
import { fieldTokens } from './fieldTokens';
import { tokenize } from './tokenize';

describe('fieldTokens', () => {
  it.each([
    ['', []],
    ['The harbour, the HARBOUR and Ærø', ['the', 'harbour', 'the', 'harbour', 'and', 'aero']],
    ['a.b@c-d.'.repeat(3), ['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']],
    ['東京 don’t', ['東', '京', 'dont']],
  ])('gives the same words as tokenize for %j', (text, words) => {
    const { terms, seq } = fieldTokens(text);
    expect([...seq].map((k) => terms[k])).toEqual(words);
    expect(tokenize(text)).toEqual(words);
    expect(new Set(terms).size).toBe(terms.length);
  });
});
