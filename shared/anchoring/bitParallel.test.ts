import { describe, expect, it } from 'vitest';
import { compilePattern, editDistance, findApproximate, leadingAlignment, scanColumns } from './bitParallel';

/** Plain dynamic-programming reference; `free` lets the span start anywhere in the text. */
function naiveColumns(pattern: string, text: string, free: boolean): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out = [pattern.length];
  for (let j = 1; j <= text.length; j++) {
    const cur = [free ? 0 : j];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[i] = Math.min((prev[i - 1] ?? 0) + cost, (prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1);
    }
    out.push(cur[pattern.length] ?? 0);
    prev = cur;
  }
  return out;
}

/** Deterministic pseudo-random generator so failures reproduce. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomString(rand: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

describe('bit-parallel edit distance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['same text', 'same text', 0],
  ])('editDistance(%j, %j) = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('agrees with plain dynamic programming across block sizes', () => {
    const rand = prng(7);
    for (let round = 0; round < 300; round++) {
      const pattern = randomString(rand, 1 + Math.floor(rand() * 90), 'abcd ');
      const text = randomString(rand, Math.floor(rand() * 120), 'abcde ');
      for (const anchored of [true, false]) {
        const fast = Array.from(scanColumns(compilePattern(pattern), text, 0, text.length, anchored));
        expect(fast).toEqual(naiveColumns(pattern, text, !anchored));
      }
    }
  });

  it('leadingAlignment finds the best leading span', () => {
    expect(leadingAlignment('council said', 'council said that the')).toEqual({ distance: 0, length: 12 });
    expect(leadingAlignment('abc', 'xyz')).toEqual({ distance: 3, length: 3 });
  });

  it('findApproximate reports the best end of each run of matches', () => {
    const text = 'the harbour plan, the harbor plan and the garden';
    const hits = findApproximate('harbour', text, 1);
    expect(hits.map((h) => [text.slice(h.end - 7, h.end), h.errors])).toEqual([
      ['harbour', 0],
      [' harbor', 1],
    ]);
    expect(() => findApproximate('', text, 1)).toThrow();
  });
});
