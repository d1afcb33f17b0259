import { useEffect, useRef } from 'react';

export interface ReaderKeyHandlers {
  /** A key with no modifier (or Shift for capitals); return true when it was used. */
  onKey: (key: string) => boolean;
  /** Ctrl/Cmd+Z; return true when it undid something. */
  onUndo: () => boolean;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, dialog, [contenteditable="true"]') !== null;
}

/**
 * The reader's single-key shortcuts (1–5, e, c, j, k, Delete, Escape). Listens
 * on the document, which hears keys before the window-level Escape that leaves
 * the reader, so a used Escape can stop that. Keys typed into fields are left alone.
 */
export function useReaderKeys(handlers: ReaderKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || typingIn(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') {
        if (!event.shiftKey && ref.current.onUndo()) event.preventDefault();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (ref.current.onKey(event.key)) event.preventDefault();
    };
    document.addEventListener('keydown', keydown);
    return () => document.removeEventListener('keydown', keydown);
  }, []);
}
