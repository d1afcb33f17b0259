/** The window methods `focusWindow` needs; a `BrowserWindow` has them all. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings an existing window to the front, e.g. when the user launches the app a second time. */
export function focusWindow(window: FocusableWindow | null | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
