import { describe, expect, it, vi } from 'vitest';
import { focusWindow, type FocusableWindow } from './focusWindow';

function fakeWindow(state: { destroyed?: boolean; minimized?: boolean } = {}) {
  return {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  } satisfies FocusableWindow;
}

describe('focusWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = fakeWindow({ minimized: true });
    expect(focusWindow(window)).toBe(true);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('focuses a visible window without restoring it', () => {
    const window = fakeWindow();
    expect(focusWindow(window)).toBe(true);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('does nothing when there is no live window', () => {
    const window = fakeWindow({ destroyed: true });
    expect(focusWindow(window)).toBe(false);
    expect(window.focus).not.toHaveBeenCalled();
    expect(focusWindow(null)).toBe(false);
  });
});
