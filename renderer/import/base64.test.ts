import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';

const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('bytesToBase64', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['empty', new Uint8Array()],
    ['one byte (two padding chars)', new Uint8Array([0xff])],
    ['two bytes (one padding char)', new Uint8Array([0x00, 0x10])],
    ['text', new TextEncoder().encode('Harbour ✓ dredging')],
    ['exactly one chunk', new Uint8Array(3 * 8192).map((_, i) => i % 256)],
    ['one chunk plus one byte', new Uint8Array(3 * 8192 + 1).map((_, i) => (i * 31) % 256)],
    ['several chunks, ragged end', new Uint8Array(200_003).map((_, i) => (i * 7 + 3) % 256)],
  ];
  it.each(cases)('%s matches Node’s encoder', (_name, bytes) => {
    expect(bytesToBase64(bytes)).toBe(reference(bytes));
  });

  it('handles 20 MB without running out of stack', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    expect(bytesToBase64(bytes)).toBe(reference(bytes));
  });
});
