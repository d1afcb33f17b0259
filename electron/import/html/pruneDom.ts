// Structural page furniture by tag or ARIA role; removed before any scoring so it cannot win.
const CHROME_SELECTOR = [
  'nav',
  'aside',
  'footer',
  'dialog',
  'form[role="search"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[hidden]',
].join(',');

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Removes navigation, sidebars, footers, dialogs and hidden elements from a parsed page. */
export function pruneDom(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(CHROME_SELECTOR))) el.remove();
  for (const el of Array.from(document.querySelectorAll('[style]'))) {
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) el.remove();
  }
}
