/**
 * Caret browsing in the reader's text: the text takes focus, and the keys move a collapsed DOM selection
 * (Selection.modify), or extend it with Shift, so a passage can be selected without a mouse. The
 * selection the reader already follows then shows the toolbar.
 */

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraphboundary';

const MOVES: Record<string, { direction: Direction; granularity: Granularity; word?: Granularity }> = {
  ArrowRight: { direction: 'forward', granularity: 'character', word: 'word' },
  ArrowLeft: { direction: 'backward', granularity: 'character', word: 'word' },
  ArrowDown: { direction: 'forward', granularity: 'line', word: 'paragraphboundary' },
  ArrowUp: { direction: 'backward', granularity: 'line', word: 'paragraphboundary' },
  End: { direction: 'forward', granularity: 'lineboundary' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
};

/** Puts a collapsed selection at the start of the text unless the selection is already inside it. */
export function placeCaret(root: HTMLElement): void {
  const selection = document.getSelection();
  if (!selection) return;
  if (selection.rangeCount > 0 && root.contains(selection.anchorNode)) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) selection.collapse(first, 0);
}

/** Moves or extends the selection for an arrow, Home or End key; true when the key was used. */
export function moveCaret(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): boolean {
  const move = MOVES[event.key];
  const selection = document.getSelection();
  if (!move || !selection || selection.rangeCount === 0 || event.metaKey) return false;
  const byWord = event.ctrlKey || event.altKey;
  selection.modify(
    event.shiftKey ? 'extend' : 'move',
    move.direction,
    byWord && move.word ? move.word : move.granularity,
  );
  return true;
}

/** Widens the selection to the whole sentence (or paragraph) around the caret. */
export function selectAround(root: HTMLElement, unit: 'sentence' | 'paragraph'): boolean {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !root.contains(selection.anchorNode)) return false;
  if (unit === 'paragraph') {
    const paragraph = (selection.anchorNode?.parentElement ?? null)?.closest('p');
    if (!paragraph || !root.contains(paragraph)) return false;
    selection.selectAllChildren(paragraph);
    return true;
  }
  selection.collapseToStart();
  selection.modify('move', 'forward', 'character');
  selection.modify('move', 'backward', 'sentenceboundary');
  selection.modify('extend', 'forward', 'sentenceboundary');
  return !selection.isCollapsed;
}
