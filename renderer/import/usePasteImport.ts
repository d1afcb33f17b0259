import { useEffect, useRef } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') !== null
  );
}

// Markup worth importing as a page, not a lone run of text wrapped in a span by the copying program.
const HAS_STRUCTURE = /<(p|article|h[1-6]|li|blockquote|div|br|section|main)[\s>/]/i;

/**
 * Ctrl/Cmd+V with no text field focused imports the clipboard: files if it holds
 * files, then copied page markup (text/html) when there is some, otherwise its
 * plain text. Uses the paste event (not the async clipboard API) so no permission
 * prompt is involved.
 */
export function usePasteImport(
  enabled: boolean,
  onText: (text: string) => void,
  onFiles: (files: File[]) => void,
  onHtml?: (html: string, text: string) => void,
): void {
  const handlers = useRef({ onText, onFiles, onHtml });
  useEffect(() => {
    handlers.current = { onText, onFiles, onHtml };
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
      const html = data.getData('text/html');
      const onHtml = handlers.current.onHtml;
      if (onHtml && HAS_STRUCTURE.test(html)) {
        event.preventDefault();
        onHtml(html, text);
        return;
      }
      if (text.trim().length === 0) return;
      event.preventDefault();
      handlers.current.onText(text);
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, [enabled]);
}
