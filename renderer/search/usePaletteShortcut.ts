import { useEffect, useRef } from 'react';

/** Calls `onOpen` for Ctrl+K (Cmd+K on a Mac) anywhere in the app. */
export function usePaletteShortcut(onOpen: () => void): void {
  const handler = useRef(onOpen);
  useEffect(() => {
    handler.current = onOpen;
  });
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k' || event.isComposing) return;
      // Claimed even in text fields: Ctrl+K means search everywhere in the app.
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, []);
}
