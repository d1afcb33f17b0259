import { pasteShortcutLabel } from '../ui/shortcut';

/** "⌘K" on a Mac, "Ctrl+K" elsewhere, for the search button's hint. */
export function searchShortcutLabel(platform: string): string {
  return pasteShortcutLabel(platform).replace(/V$/, 'K');
}
