import { describe, expect, it } from 'vitest';
import { classifyLine } from './classifyLine';
import { tokenize } from './tokenize';

const kindOf = (line: string, title?: string) => classifyLine(tokenize(line)[0]?.tokens ?? [], title);

describe('classifyLine', () => {
  it.each([
    ['Envoys Meet In Geneva As Ceasefire Talks Enter Third Day', undefined, 'headline'],
    ['Fire crews held the line overnight near Cedar Falls.', undefined, 'prose'],
    ['Harrow Lane Partners and Vestry & Co advised Meridian.', undefined, 'prose'],
    ['Share on Facebook  Share on X  Copy link', undefined, 'headline'],
    ['Updated 2 hours ago', undefined, 'chrome'],
    ['Talks resume in Geneva', 'Talks resume in Geneva', 'headline'],
  ])('%s -> %s', (line, title, expected) => {
    expect(kindOf(line, title)).toBe(expected);
  });
});
