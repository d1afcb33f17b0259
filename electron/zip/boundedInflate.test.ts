import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateBudgetError, InflateDataError, inflateBounded } from './boundedInflate';

const zeros = (n: number) => deflateRawSync(new Uint8Array(n));

describe('inflateBounded', () => {
  it.each([
    ['empty', 0, 10, 0],
    ['exactly at the limit', 1000, 1000, 1000],
    ['well under', 50_000, 1_000_000, 50_000],
  ])('inflates %s', (_, size, limit, expected) => {
    expect(inflateBounded(zeros(size), limit)).toBe(expected);
  });

  it('stops as soon as the output passes the limit, having kept nothing', () => {
    let seen = 0;
    expect(() => inflateBounded(zeros(24 * 1024 * 1024), 1024 * 1024, (c) => (seen += c.length))).toThrow(
      InflateBudgetError,
    );
    // One slice of input can inflate to ~16 MB at most before the counter looks.
    expect(seen).toBeLessThan(1024 * 1024 + 17 * 1024 * 1024);
  });

  it('passes the caller’s own error through unchanged', () => {
    const mine = new Error('refused by the caller');
    expect(() =>
      inflateBounded(zeros(10_000), 1e9, () => {
        throw mine;
      }),
    ).toThrow(mine);
  });

  it.each([
    ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff])],
    ['a stream cut short', zeros(100_000).subarray(0, 20)],
  ])('calls %s damaged', (_, data) => {
    expect(() => inflateBounded(data, 1e9)).toThrow(InflateDataError);
  });
});
