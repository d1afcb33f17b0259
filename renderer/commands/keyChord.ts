/** A key press as the table writes it: `Mod+K`, `Alt+1`, `h`, `?`, `Escape`. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** With Alt on a Mac, `key` is a special character; `code` (KeyT, Digit1) still says which key. */
  code?: string;
}

/** The chord of a key press: modifiers in a fixed order; Shift is left out of single printable keys. */
export function chordOf(press: KeyPress): string {
  const parts: string[] = [];
  if (press.ctrlKey || press.metaKey) parts.push('Mod');
  if (press.altKey) parts.push('Alt');
  let key = press.key;
  if (press.altKey && press.code) {
    const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(press.code);
    if (code) key = code[1] ?? code[2] ?? key;
  }
  const printable = key.length === 1;
  // "?" is Shift+/ on most layouts: a lone printable key already says what Shift made of it.
  if (press.shiftKey && (!printable || parts.length > 0)) parts.push('Shift');
  parts.push(printable && parts.length > 0 ? key.toUpperCase() : key);
  return parts.join('+');
}

/** How a chord reads on this platform: `⌘K` on a Mac, `Ctrl+K` elsewhere. */
export function chordLabel(chord: string, mac: boolean): string {
  if (mac) return chord.replace('Mod+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧');
  return chord.replace('Mod+', 'Ctrl+');
}

/** Whether a key press is typing in a field (single-key shortcuts must leave it alone). */
export function typingIn(target: EventTarget | null): boolean {
  // Duck-typed (not instanceof HTMLElement) so the rule can be tested without a DOM.
  const element = target as Partial<HTMLElement> | null;
  if (!element || typeof element.closest !== 'function') return false;
  if (element.isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Whether a chord is a single key with no modifier (never fired while typing). */
export const isSingleKey = (chord: string) => !chord.includes('+') || chord === '+';
