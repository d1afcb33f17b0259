/** Whether keys should read as on a Mac (⌘ rather than Ctrl). */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /macintosh|mac os|iphone|ipad|^mac/i.test(navigator.userAgent);
}
