import type { DiffPart } from './wordDiff';

/** A run of text on one side of the comparison; `changed` runs are marked. */
export interface SideSegment {
  text: string;
  changed: boolean;
}

/** One aligned row: both sides end at the same unchanged line break. */
export interface SideBySideRow {
  left: SideSegment[];
  right: SideSegment[];
}

/**
 * Splits a word diff into rows for a two-column view: the old text on the left, the new on
 * the right, a new row after every line break both sides share, so paragraphs stay level.
 * Lines removed or added as a whole get rows of their own, opposite an empty cell. Joining a
 * column's segments over all rows gives back that side's text exactly.
 */
export function sideBySide(parts: readonly DiffPart[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let row: SideBySideRow = { left: [], right: [] };
  const put = (side: SideSegment[], text: string, changed: boolean): void => {
    const last = side[side.length - 1];
    if (last && last.changed === changed) last.text += text;
    else side.push({ text, changed });
  };
  for (const part of parts) {
    if (part.op === 'removed') put(row.left, part.text, true);
    else if (part.op === 'added') put(row.right, part.text, true);
    else {
      // Whole lines removed or added get a row of their own, so the next shared line stays level.
      if (wholeLines(row)) {
        rows.push(row);
        row = { left: [], right: [] };
      }
      for (const piece of part.text.split(/(?<=\n)/)) {
        put(row.left, piece, false);
        put(row.right, piece, false);
        if (piece.endsWith('\n')) {
          rows.push(row);
          row = { left: [], right: [] };
        }
      }
    }
  }
  if (row.left.length > 0 || row.right.length > 0) rows.push(row);
  return rows;
}

/** Whether a row holds only changed text that starts and ends on line boundaries. */
function wholeLines(row: SideBySideRow): boolean {
  const sides = [row.left, row.right];
  if (sides.every((side) => side.length === 0) || sides.some((side) => side.some((s) => !s.changed)))
    return false;
  return sides.every((side) => side.length === 0 || (side[side.length - 1]?.text.endsWith('\n') ?? false));
}
