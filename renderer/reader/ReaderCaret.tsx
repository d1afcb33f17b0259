import { useEffect, useState, type RefObject } from 'react';

interface Box {
  left: number;
  top: number;
  height: number;
}

/** Where the collapsed caret is while the text has focus (a non-editable text draws none of its own). */
function caretBox(root: HTMLElement | null): Box | null {
  const selection = document.getSelection();
  if (!root || document.activeElement !== root || !selection || selection.rangeCount === 0) return null;
  if (!selection.isCollapsed || !root.contains(selection.anchorNode)) return null;
  const range = selection.getRangeAt(0);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height === 0 && rect.top === 0) return null;
  return { left: rect.left, top: rect.top, height: rect.height || 18 };
}

/** A visible caret for caret browsing in the reader's text. */
export function ReaderCaret({ rootRef }: { rootRef: RefObject<HTMLElement | null> }) {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setBox(caretBox(rootRef.current));
        });
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [rootRef]);
  if (!box) return null;
  return (
    <span
      className="reader-caret"
      aria-hidden="true"
      style={{ left: box.left, top: box.top, height: box.height }}
    />
  );
}
