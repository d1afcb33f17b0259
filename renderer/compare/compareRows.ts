import type { SideBySideRow, SideSegment } from '../../shared/similarity/sideBySide';

/** A row as drawn: line breaks that end it are dropped (the row itself is the break). */
export interface DrawnRow {
  left: SideSegment[];
  right: SideSegment[];
  changed: boolean;
}

function trimEnd(side: readonly SideSegment[]): SideSegment[] {
  const out = side.map((s) => ({ ...s }));
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/\n+$/, '');
    if (last.text.length > 0) break;
    out.pop();
  }
  return out;
}

const blank = (side: readonly SideSegment[]) => side.every((s) => s.text.trim().length === 0);

/** Rows ready to draw: blank spacer rows (between paragraphs) dropped, each marked if anything in it differs. */
export function drawRows(rows: readonly SideBySideRow[]): DrawnRow[] {
  const drawn: DrawnRow[] = [];
  for (const row of rows) {
    const changed = [...row.left, ...row.right].some((s) => s.changed && s.text.trim().length > 0);
    if (!changed && blank(row.left) && blank(row.right)) continue;
    drawn.push({ left: trimEnd(row.left), right: trimEnd(row.right), changed });
  }
  return drawn;
}
