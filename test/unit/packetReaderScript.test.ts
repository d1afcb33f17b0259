// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { READER_JS } from '../../electron/packet/html/readerAssets';
import { sourceTextHtml } from '../../electron/packet/html/sourceTextHtml';
import { highlight, id } from '../../shared/packet/testing/records';

describe('reader script (progressive enhancement)', () => {
  it('lights every piece of a split highlight when it is the target, and nothing else', async () => {
    const text = 'one two three four five';
    const outer = highlight(1, 9, { position: { type: 'TextPositionSelector', start: 0, end: 13 } });
    const crossing = highlight(2, 9, { position: { type: 'TextPositionSelector', start: 8, end: 18 } });
    document.body.innerHTML = `<div class="text">${sourceTextHtml(text, [outer, crossing], new Set())}</div>`;
    expect(document.querySelectorAll(`mark[data-h="${id(2)}"]`).length).toBe(2);
    // The page runs this inline script itself; here it runs in jsdom's window the same way.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function(READER_JS)();
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    window.location.hash = `#h-${id(2)}`;
    await changed;
    expect(Array.from(document.querySelectorAll('mark.lit')).map((m) => m.getAttribute('data-h'))).toEqual([
      id(2),
      id(2),
    ]);
  });
});
