import { describe, expect, it } from 'vitest';
import { EMPTY_SLOT, estimateSimilarity, MinHasher, mulAddMod } from './minhash';
import { rng } from '../testing/rng';

const P = 2n ** 31n - 1n;

describe('mulAddMod', () => {
  const next = rng(7);
  const random = (): number => Math.floor(next() * 2147483647);
  const cases: Array<[number, number, number]> = [
    [1, 0, 0],
    [1, 2147483646, 2147483646],
    [2147483646, 2147483646, 2147483646],
    [65536, 0, 2147483646],
    [32767 * 65536 + 65535, 12345, 2147483646],
  ];
  const exact = (a: number, b: number, x: number): number => Number((BigInt(a) * BigInt(x) + BigInt(b)) % P);
  it.each(cases)('(%i·x + %i) mod p at x = %i matches BigInt', (a, b, x) => {
    expect(mulAddMod(Math.floor(a / 65536), a % 65536, b, x)).toBe(exact(a, b, x));
  });
  it('matches BigInt on 2,000 random inputs', () => {
    for (let i = 0; i < 2_000; i++) {
      const [a, b, x] = [1 + random(), random(), random()];
      expect(mulAddMod(Math.floor(a / 65536), a % 65536, b, x)).toBe(exact(a, b, x));
    }
  });
});

/** Two sets of `size` values sharing `shared` of them: Jaccard = shared / (2·size − shared). */
function sets(size: number, shared: number, seed: number): [Uint32Array, Uint32Array] {
  const next = rng(seed);
  const common = Array.from({ length: shared }, () => Math.floor(next() * 2 ** 32));
  const own = (): number[] => Array.from({ length: size - shared }, () => Math.floor(next() * 2 ** 32));
  return [Uint32Array.from([...common, ...own()]), Uint32Array.from([...own(), ...common])];
}

describe('MinHasher and estimateSimilarity', () => {
  const hasher = new MinHasher(128);
  it.each([
    ['disjoint', 500, 0],
    ['a fifth', 500, 167],
    ['half', 500, 333],
    ['four fifths', 500, 444],
    ['identical', 500, 500],
  ])('estimates %s overlap within 0.12 of the exact Jaccard', (_name, size, shared) => {
    const [a, b] = sets(size, shared, size + shared);
    const exact = shared / (2 * size - shared);
    expect(Math.abs(estimateSimilarity(hasher.sign(a), hasher.sign(b)) - exact)).toBeLessThan(0.12);
  });

  it('signs deterministically and ignores order and duplicates', () => {
    const [a] = sets(50, 0, 3);
    const shuffled = Uint32Array.from([...a].reverse().concat([...a]));
    expect(new MinHasher(64).sign(a)).toEqual(new MinHasher(64).sign(shuffled));
  });

  it('gives an empty set the empty signature, similar to nothing', () => {
    const empty = hasher.sign(new Uint32Array(0));
    expect(empty.every((v) => v === EMPTY_SLOT)).toBe(true);
    expect(estimateSimilarity(empty, empty)).toBe(0);
  });

  it('keeps every slot below p', () => {
    const [a] = sets(300, 0, 9);
    expect(hasher.sign(a).every((v) => v < 2147483647)).toBe(true);
  });
});
