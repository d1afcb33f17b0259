import { describe, expect, it } from 'vitest';
import { stepIndex } from './stepIndex';

describe('stepIndex', () => {
  it.each([
    { name: 'empty list', count: 0, current: -1, step: 1, expected: -1 },
    { name: 'j from no item starts at the first', count: 3, current: -1, step: 1, expected: 0 },
    { name: 'k from no item starts at the last', count: 3, current: -1, step: -1, expected: 2 },
    { name: 'j moves down', count: 3, current: 0, step: 1, expected: 1 },
    { name: 'k moves up', count: 3, current: 2, step: -1, expected: 1 },
    { name: 'j stops at the last', count: 3, current: 2, step: 1, expected: 2 },
    { name: 'k stops at the first', count: 3, current: 0, step: -1, expected: 0 },
    { name: 'an item no longer there counts as none', count: 2, current: 5, step: 1, expected: 0 },
  ] as const)('$name', ({ count, current, step, expected }) => {
    expect(stepIndex(count, current, step)).toBe(expected);
  });
});
