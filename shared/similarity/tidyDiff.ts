import type { DiffPart } from './wordDiff';

/** Folds short separators between two changes into the change, so "big red" → "large crimson" reads as one swap. */
export function tidyDiff(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as DiffPart;
    const before = out[out.length - 1];
    const after = parts[i + 1];
    const glue =
      part.op === 'same' &&
      before &&
      before.op !== 'same' &&
      after &&
      after.op !== 'same' &&
      /^[^\p{L}\p{N}\n]{1,3}$/u.test(part.text);
    if (glue) {
      appendChange(out, 'removed', part.text);
      appendChange(out, 'added', part.text);
    } else if (part.op === 'same') out.push({ ...part });
    else appendChange(out, part.op, part.text);
  }
  return out;
}

/** Adds to the change block at the end of `out`, keeping removed text before added text. */
function appendChange(out: DiffPart[], op: 'added' | 'removed', text: string): void {
  const last = out[out.length - 1];
  const prev = out[out.length - 2];
  if (last?.op === op) last.text += text;
  else if (op === 'removed' && last?.op === 'added' && prev?.op === 'removed') prev.text += text;
  else if (op === 'removed' && last?.op === 'added') out.splice(out.length - 1, 0, { op, text });
  else out.push({ op, text });
}
