/** One step of an edit script: keep a[i] (= b[j]), delete a[i], or insert b[j]. */
export type EditOp = 0 | 1 | 2;
export const KEEP: EditOp = 0;
export const DELETE: EditOp = 1;
export const INSERT: EditOp = 2;

/**
 * Shortest edit script from a[aFrom, aTo) to b[bFrom, bTo) by Myers' O(ND) algorithm, or null
 * when it needs more than `maxEdits` insertions and deletions. Each round's frontier is kept
 * for the walk back, so memory grows with maxEdits², never with the input length; callers
 * pick maxEdits so that the O((N + M)·D) time stays bounded.
 */
export function myersDiff(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
  maxEdits: number,
): EditOp[] | null {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  const limit = Math.min(maxEdits, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[aFrom + x] === b[bFrom + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}

function walkBack(trace: Int32Array[], n: number, m: number): EditOp[] {
  const ops: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[k - 1 + d] ?? 0) < (frontier[k + 1 + d] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = frontier[prevK + d] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(KEEP);
      x--;
      y--;
    }
    ops.push(down ? INSERT : DELETE);
    x = prevX;
    y = prevY;
  }
  for (; x > 0; x--) ops.push(KEEP);
  return ops.reverse();
}
