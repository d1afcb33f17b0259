import type { Locator } from '@playwright/test';

/**
 * Where `phrase` sits on screen inside `paragraph`: the middles of its first and last
 * characters' edges, for a real mouse drag across it. Only reads the page.
 */
export async function phraseBox(paragraph: Locator, phrase: string) {
  await paragraph.scrollIntoViewIfNeeded();
  return paragraph.evaluate((p, wanted) => {
    const at = (p.textContent ?? '').indexOf(wanted);
    const charRect = (index: number) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).length;
        if (index < seen + length) {
          const range = document.createRange();
          range.setStart(node, index - seen);
          range.setEnd(node, index - seen + 1);
          return range.getBoundingClientRect();
        }
        seen += length;
      }
      throw new Error('character not found');
    };
    const first = charRect(at);
    const last = charRect(at + wanted.length - 1);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, phrase);
}
