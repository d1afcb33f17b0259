import { describe, expect, it } from 'vitest';
import { encodeFile } from './encodeFile';

const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('encodeFile', () => {
  const sizes: Array<[string, number]> = [
    ['empty', 0],
    ['tiny', 5],
    ['exactly one slice', 3 * 64 * 1024],
    ['a slice and a bit (padding only at the end)', 3 * 64 * 1024 + 1],
    ['several slices', 2_500_000],
  ];
  it.each(sizes)('%s', async (_label, size) => {
    const bytes = new Uint8Array(size).map((_, i) => (i * 7919) % 256);
    expect(await encodeFile(new Blob([bytes]))).toBe(base64Of(bytes));
  });
});
