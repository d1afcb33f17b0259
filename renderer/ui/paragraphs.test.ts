import { describe, expect, it } from 'vitest';
import { toParagraphs } from './paragraphs';

describe('toParagraphs', () => {
  it.each([
    ['', []],
    ['   \n\n  ', []],
    ['One paragraph.', ['One paragraph.']],
    ['First.\n\nSecond.', ['First.', 'Second.']],
    ['First.\n\n\n\nSecond.', ['First.', 'Second.']],
    ['First.\r\n\r\nSecond.', ['First.', 'Second.']],
    ['Line one\nline two\n\nNext', ['Line one\nline two', 'Next']],
    ['First.\n  \t\nSecond.', ['First.', 'Second.']],
    ['<b>not html</b>\n\n&amp;', ['<b>not html</b>', '&amp;']],
  ])('%j', (text, expected) => {
    expect(toParagraphs(text)).toEqual(expected);
  });
});
