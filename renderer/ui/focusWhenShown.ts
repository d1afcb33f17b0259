/** Frames to wait for a page to draw what should take focus (a route change renders on the next frame or two). */
const MAX_FRAMES = 60;

/**
 * Focuses the first element matching `selector` once it is on screen, e.g. after a route change;
 * gives up quietly after about a second if it never appears (the page had nothing to focus). Selectors
 * separated by commas are tried in the order written, not in document order.
 */
export function focusWhenShown(selector: string, frames = MAX_FRAMES): void {
  const found = selector
    .split(',')
    .map((one) => document.querySelector<HTMLElement>(one.trim()))
    .find((element) => element !== null);
  if (found) {
    if (found.tabIndex < 0 && !found.hasAttribute('tabindex')) found.setAttribute('tabindex', '-1');
    found.focus();
    found.scrollIntoView({ block: 'nearest' });
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenShown(selector, frames - 1));
}
