import { describe, expect, it } from 'vitest';
import { textDirection } from './textDirection';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['zh-Hans', 'ltr'],
    [null, 'auto'],
  ] as const)('%s → %s', (language, dir) => expect(textDirection(language)).toBe(dir));
});
