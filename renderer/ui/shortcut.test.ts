import { describe, expect, it } from 'vitest';
import { pasteShortcutLabel } from './shortcut';

describe('pasteShortcutLabel', () => {
  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36', '⌘V'],
    ['MacIntel', '⌘V'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36', 'Ctrl+V'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Ctrl+V'],
    ['', 'Ctrl+V'],
  ])('%s', (agent, expected) => {
    expect(pasteShortcutLabel(agent)).toBe(expected);
  });
});
