import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { useAppEvent } from '../transport/ApiContext';
import { findRanges } from './findRanges';

const MATCH = 'find-match';
const CURRENT = 'find-current';

// The CSS Custom Highlight API paints matches without touching the DOM React owns.
const registry = (): HighlightRegistry | null =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? CSS.highlights
    : null;

function paint(ranges: Range[], current: Range | null): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length === 0) {
    highlights.delete(MATCH);
    highlights.delete(CURRENT);
    return;
  }
  highlights.set(MATCH, new Highlight(...ranges));
  if (current) highlights.set(CURRENT, new Highlight(current));
  else highlights.delete(CURRENT);
}

/** Scrolls the reader so the range sits mid-view. */
function scrollToRange(range: Range): void {
  const start = range.startContainer.parentElement;
  const scroller = start?.closest<HTMLElement>('.reader-scroll, main');
  if (!scroller) return;
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (rect.top >= box.top + 48 && rect.bottom <= box.bottom - 48) return;
  scroller.scrollTop += rect.top - box.top - scroller.clientHeight / 2;
}

/**
 * Find in the open source (Ctrl/Cmd+F, or the desktop menu's Find): marks every match in the
 * text as drawn, ignoring case and diacritics, and steps through them. Matches are found
 * again whenever the text is redrawn (a highlight added, a passage flashed).
 */
// Long because: the query, the matches and the current match share the ranges it paints.
export function useFindInSource(getRoot: () => Element | null) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [index, setIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const getRootRef = useRef(getRoot);
  useLayoutEffect(() => {
    getRootRef.current = getRoot;
  });

  const show = useCallback(() => {
    setOpen(true);
    requestAnimationFrame(() => inputRef.current?.select());
  }, []);
  const close = useCallback(() => setOpen(false), []);

  useAppEvent(['find'], show);
  // Ctrl/Cmd+F, from the command table (claimed even in fields, as the browser's own find would be).
  useCommandHandlers({ 'reader.find': show });

  const needle = open ? query : '';
  useEffect(() => {
    const root = getRootRef.current();
    const search = () => setRanges(root && needle.trim() ? findRanges(root, needle) : []);
    search();
    if (!root || !needle.trim()) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(search);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [needle]);

  // A new query starts from the first match; a redraw keeps the place where it can.
  const [lastNeedle, setLastNeedle] = useState(needle);
  if (lastNeedle !== needle) {
    setLastNeedle(needle);
    setIndex(0);
  }
  const current = ranges.length > 0 ? Math.min(index, ranges.length - 1) : -1;

  useEffect(() => {
    paint(ranges, ranges[current] ?? null);
  }, [ranges, current]);
  useEffect(() => () => paint([], null), []);
  useEffect(() => {
    const range = ranges[current];
    if (range) scrollToRange(range);
  }, [ranges, current]);

  const step = useCallback(
    (by: number) => {
      if (ranges.length === 0) return;
      setIndex((current < 0 ? 0 : current + by + ranges.length) % ranges.length);
    },
    [ranges.length, current],
  );

  return { open, show, close, query, setQuery, count: ranges.length, current, step, inputRef };
}
