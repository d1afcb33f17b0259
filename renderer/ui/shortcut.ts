/** "⌘V" on a Mac, "Ctrl+V" elsewhere (from a user agent or platform string), for shortcut hints. */
export function pasteShortcutLabel(platform: string): string {
  return /macintosh|mac os|iphone|ipad|^mac/i.test(platform) ? '⌘V' : 'Ctrl+V';
}
