import type { Highlight } from '../../../shared/model';
import { escapeHtml } from './escapeHtml';

interface Open {
  h: Highlight;
  /** False once its first piece has been written (later pieces carry no id). */
  first: boolean;
}

function openTag(o: Open): string {
  const id = o.first ? ` id="h-${o.h.id}"` : '';
  const title = o.h.comment ? ` title="${escapeHtml(o.h.comment)}"` : '';
  return `<mark${id} class="hl c${o.h.color}${o.first ? '' : ' cont'}" data-h="${o.h.id}"${title}>`;
}

/**
 * A source's clean text with each highlight wrapped in `<mark id="h-…">`, so `#h-…` scrolls to the
 * passage and `:target` lights it up without script. Nested highlights nest; where two cross, the
 * later one is split, and only its first piece carries the id (a CSS rule lights up the rest).
 * Highlights outside the text are skipped.
 */
export function sourceTextHtml(
  text: string,
  highlights: readonly Highlight[],
  pinned: ReadonlySet<string>,
): string {
  const usable = highlights
    .filter(
      (h) => h.position.start >= 0 && h.position.end <= text.length && h.position.end > h.position.start,
    )
    .sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end);
  const points = [...new Set(usable.flatMap((h) => [h.position.start, h.position.end]))].sort(
    (a, b) => a - b,
  );
  const stack: Open[] = [];
  let next = 0;
  let at = 0;
  let out = '';
  for (const p of points) {
    out += escapeHtml(text.slice(at, p));
    at = p;
    // Close everything down to the deepest highlight ending here, then reopen the survivors.
    const deepest = stack.findIndex((o) => o.h.position.end === p);
    if (deepest >= 0) {
      const popped = stack.splice(deepest);
      out += '</mark>'.repeat(popped.length);
      for (const o of popped) {
        if (o.h.position.end === p && pinned.has(o.h.id)) {
          out += `<a class="pin" href="#hl-${o.h.id}" aria-label="Notes on this passage">◆</a>`;
        }
      }
      for (const o of popped) {
        if (o.h.position.end === p) continue;
        stack.push(o);
        out += openTag(o);
      }
    }
    while (next < usable.length && (usable[next] as Highlight).position.start === p) {
      const o: Open = { h: usable[next] as Highlight, first: true };
      out += openTag(o);
      o.first = false;
      stack.push(o);
      next++;
    }
  }
  out += escapeHtml(text.slice(at));
  return out;
}
