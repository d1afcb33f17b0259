import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1,023 bytes'],
    [2658, '2.6 KB (2,658 bytes)'],
    [52_428_800, '50 MB (52,428,800 bytes)'],
  ])('%d', (size, text) => expect(formatBytes(size)).toBe(text));
});
