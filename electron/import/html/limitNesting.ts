import { AppError } from '../../../shared/errors';

/** Deeper than this is flattened: no real article needs it, and reader-view scoring slows down with depth. */
export const FLATTEN_DEPTH = 100;
/** Deeper than this is refused outright: such markup is broken or hostile, not a page. */
export const REFUSE_DEPTH = 1000;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
// Opening one of these closes an open sibling of the same group, as HTML parsers do.
const SIBLING_GROUP: Record<string, string> = {
  p: 'p',
  li: 'li',
  dt: 'd',
  dd: 'd',
  td: 't',
  th: 't',
  tr: 'tr',
  option: 'o',
};
const CLOSES_P = new Set(
  'address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr main nav ol pre section table ul'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;
// A flattened block element becomes a line break, so paragraphs stay apart.
const BLOCKISH = new Set(
  'p div section article main header li dt dd blockquote pre h1 h2 h3 h4 h5 h6 tr td th table ul ol dl figure'.split(
    ' ',
  ),
);

interface Open {
  name: string;
  dropped: boolean;
}

/**
 * Bounds element nesting in one linear scan. Tags beyond FLATTEN_DEPTH are removed (their text
 * stays, block elements leave a line break); beyond REFUSE_DEPTH the page is refused with an
 * error a reporter can read.
 */
export function limitNesting(html: string): string {
  const stack: Open[] = [];
  const counts = new Map<string, number>();
  const cuts: Array<[number, number, string]> = [];
  const cut = (m: RegExpExecArray, name: string) =>
    cuts.push([m.index, m.index + m[0].length, BLOCKISH.has(name) ? '<br>' : '']);
  let kept = 0;
  const pop = () => {
    const top = stack.pop()!;
    counts.set(top.name, (counts.get(top.name) ?? 1) - 1);
    if (!top.dropped) kept -= 1;
    return top;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (m[1] === '/') {
      if (!counts.get(name)) continue;
      let top = pop();
      while (top.name !== name) top = pop();
      if (top.dropped) cut(m, name);
      continue;
    }
    const top = stack[stack.length - 1];
    const group = SIBLING_GROUP[name];
    if (top && ((group && SIBLING_GROUP[top.name] === group) || (top.name === 'p' && CLOSES_P.has(name))))
      pop();
    const dropped = kept >= FLATTEN_DEPTH;
    stack.push({ name, dropped });
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (dropped) cut(m, name);
    else kept += 1;
    if (stack.length > REFUSE_DEPTH) {
      throw new AppError('IMPORT_FAILED', 'This page is nested too deeply to read safely.');
    }
  }
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end, replacement] of cuts) {
    parts.push(html.slice(from, start), replacement);
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
