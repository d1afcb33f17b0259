import { describe, expect, it } from 'vitest';
import { splitHighlightCss, splitHighlightIds } from '../../electron/packet/html/readerAssets';
import { sourceTextHtml } from '../../electron/packet/html/sourceTextHtml';
import { highlight, id } from '../../shared/packet/testing/records';

describe('reader: split highlights light up without script', () => {
  it('finds exactly the highlights written in several pieces and gives each one :has(:target) rule', () => {
    const text = 'one two three four five';
    const outer = highlight(1, 9, { position: { type: 'TextPositionSelector', start: 0, end: 13 } });
    const crossing = highlight(2, 9, { position: { type: 'TextPositionSelector', start: 8, end: 18 } });
    const html = sourceTextHtml(text, [outer, crossing], new Set());
    expect(html.match(new RegExp(`data-h="${id(2)}"`, 'g'))).toHaveLength(2);
    expect([...splitHighlightIds(html)]).toEqual([id(2)]);
    expect(splitHighlightCss(splitHighlightIds(html))).toBe(
      `main:has([id="h-${id(2)}"]:target) mark[data-h="${id(2)}"] { background: #ffcf33; outline: 3px solid #d93025; outline-offset: 1px; }\n`,
    );
  });

  it('writes no rule when nothing is split', () => {
    const html = sourceTextHtml(
      'one two',
      [highlight(1, 9, { position: { type: 'TextPositionSelector', start: 0, end: 3 } })],
      new Set(),
    );
    expect(splitHighlightIds(html).size).toBe(0);
    expect(splitHighlightCss([])).toBe('');
  });
});
