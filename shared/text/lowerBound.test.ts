import { describe, expect, it } from 'vitest';
import { lowerBound } from './lowerBound';

describe('lowerBound', () => {
  it.each([
    { list: [], value: 3, end: undefined, at: 0 },
    { list: [1, 3, 3, 5], value: 0, end: undefined, at: 0 },
    { list: [1, 3, 3, 5], value: 3, end: undefined, at: 1 },
    { list: [1, 3, 3, 5], value: 4, end: undefined, at: 3 },
    { list: [1, 3, 3, 5], value: 9, end: undefined, at: 4 },
    { list: [1, 3, 3, 5], value: 9, end: 2, at: 2 },
    { list: Int32Array.from([2, 4, 8]), value: 5, end: undefined, at: 2 },
    { list: ['ant', 'bee', 'cat'], value: 'b', end: undefined, at: 1 },
    { list: ['ant', 'bee', 'cat', 'aaa'], value: 'd', end: 3, at: 3 },
  ])('$value in $list (end $end) → $at', ({ list, value, end, at }) => {
    expect(lowerBound<number | string>(list, value, end)).toBe(at);
  });
});
