import { describe, expect, it } from 'vitest';
import { DELETE, INSERT, KEEP, myersDiff, type EditOp } from './myersDiff';
import { rng } from '../testing/rng';

const codes = (s: string): Int32Array => Int32Array.from([...s], (c) => c.codePointAt(0) ?? 0);

/** Applies a script to a and returns the result, checking every kept element really matches. */
function apply(script: EditOp[], a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  for (const op of script) {
    if (op === KEEP) {
      expect(a[i]).toBe(b[j]);
      out.push(a[i++] ?? -1);
      j++;
    } else if (op === DELETE) i++;
    else out.push(b[j++] ?? -1);
  }
  expect([i, j]).toEqual([a.length, b.length]);
  return out;
}

/** Edit distance with insertions and deletions only, by the textbook LCS table. */
function distance(a: Int32Array, b: Int32Array): number {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = lcs[i] as number[];
      const up = lcs[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (up[j - 1] ?? 0) + 1 : Math.max(up[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return a.length + b.length - 2 * (lcs[a.length]?.[b.length] ?? 0);
}

const edits = (script: EditOp[]): number => script.filter((op) => op !== KEEP).length;

describe('myersDiff', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abcabba', 'cbabac', 5],
    ['kitten', 'sitting', 5],
  ])('%j → %j in %i edits', (x, y, d) => {
    const [a, b] = [codes(x), codes(y)];
    const script = myersDiff(a, 0, a.length, b, 0, b.length, 100);
    expect(script).not.toBeNull();
    expect(edits(script ?? [])).toBe(d);
    expect(apply(script ?? [], a, b)).toEqual([...b]);
  });

  it('finds the shortest script on random inputs', () => {
    const next = rng(5);
    for (let t = 0; t < 200; t++) {
      const make = (): Int32Array =>
        Int32Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 4));
      const [a, b] = [make(), make()];
      const script = myersDiff(a, 0, a.length, b, 0, b.length, 1000) ?? [];
      expect(edits(script)).toBe(distance(a, b));
      expect(apply(script, a, b)).toEqual([...b]);
    }
  });

  it('works on sub-ranges and gives up past maxEdits', () => {
    const [a, b] = [codes('xxabcyy'), codes('zabdz')];
    expect(edits(myersDiff(a, 2, 5, b, 1, 4, 10) ?? [])).toBe(2);
    expect(myersDiff(codes('aaaa'), 0, 4, codes('bbbb'), 0, 4, 7)).toBeNull();
    expect(myersDiff(codes('aaaa'), 0, 4, codes('bbbb'), 0, 4, 8)).not.toBeNull();
  });

  it('only uses the three op codes', () => {
    expect([KEEP, DELETE, INSERT]).toEqual([0, 1, 2]);
  });
});
