import { useEffect, useRef } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') !== null
  );
}

/**
 * Ctrl/Cmd+V with no text field focused imports the clipboard: files if it holds
 * files, otherwise its plain text. Uses the paste event (not the async clipboard
 * API) so no permission prompt is involved.
 */
export function usePasteImport(
  enabled: boolean,
  onText: (text: string) => void,
  onFiles: (files: File[]) => void,
): void {
  const handlers = useRef({ onText, onFiles });
  useEffect(() => {
    handlers.current = { onText, onFiles };
  });

  useEffect(() => {
    if (!enabled) return;
    const paste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target) || isEditable(document.activeElement)) return;
      const data = event.clipboardData;
      if (!data) return;
      const files = Array.from(data.files);
      if (files.length > 0) {
        event.preventDefault();
        handlers.current.onFiles(files);
        return;
      }
      const text = data.getData('text/plain');
      if (text.trim().length === 0) return;
      event.preventDefault();
      handlers.current.onText(text);
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, [enabled]);
}
