import { useEffect, useRef } from 'react';

/** Calls `onEscape` for an Escape press that nothing else (a dialog, a field) has claimed. */
export function useEscape(enabled: boolean, onEscape: () => void): void {
  const handler = useRef(onEscape);
  useEffect(() => {
    handler.current = onEscape;
  });
  useEffect(() => {
    if (!enabled) return;
    const keydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog, input, textarea, select')) return;
      if (document.querySelector('dialog[open]')) return;
      handler.current();
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [enabled]);
}
