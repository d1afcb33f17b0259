import { describe, expect, it } from 'vitest';
import { scrollTopToReveal, visibleRange } from './visibleRange';

describe('visibleRange', () => {
  it.each([
    // scrollTop, viewport, rowHeight, count, overscan -> [start, end)
    [0, 600, 60, 1000, 0, 0, 10],
    [0, 600, 60, 1000, 5, 0, 15],
    [6000, 600, 60, 1000, 5, 95, 115],
    [59_400, 600, 60, 1000, 5, 985, 1000],
    [30, 600, 60, 1000, 0, 0, 11],
    [0, 600, 60, 3, 5, 0, 3],
    [0, 600, 60, 0, 5, 0, 0],
    [-50, 600, 60, 100, 0, 0, 10],
  ])(
    'scrollTop %i viewport %i row %i count %i overscan %i',
    (top, viewport, row, count, overscan, start, end) => {
      expect(visibleRange(top, viewport, row, count, overscan)).toEqual({ start, end });
    },
  );
});

describe('scrollTopToReveal', () => {
  it.each([
    // index, scrollTop, viewport, rowHeight -> new scrollTop
    [0, 0, 600, 60, 0],
    [5, 0, 600, 60, 0],
    [10, 0, 600, 60, 60],
    [3, 600, 600, 60, 180],
    [15, 600, 600, 60, 600],
  ])('row %i from %i', (index, top, viewport, row, expected) => {
    expect(scrollTopToReveal(index, top, viewport, row)).toBe(expected);
  });
});
