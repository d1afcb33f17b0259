/** The reader's only style sheet, inline (the page loads nothing). */
export const READER_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --line: #d9d9e0; --accent: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fbfbf8; }
header.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 1rem; font-family: system-ui, sans-serif; }
header.top nav a { margin-right: 1rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 6rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
a { color: var(--accent); }
.meta, .provenance, .muted { color: var(--muted); font-size: .9rem; font-family: system-ui, sans-serif; }
.notice { border: 1px solid #e0b300; background: #fff8d6; padding: .5rem .75rem; border-radius: 6px; }
article.note, section.source, .entity { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 2rem; scroll-margin-top: 4rem; }
sup.cite a { text-decoration: none; font-family: system-ui, sans-serif; font-size: .75em; }
.ext { text-decoration: underline dotted; }
.url { color: var(--muted); font-size: .85em; word-break: break-all; }
.broken { color: #a00; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
.q-exact { border-bottom: 2px solid #2e7d32; }
.q-differs { background: #fde7c8; border-bottom: 2px dashed #b26a00; }
.q-not-found, .q-uncited { background: #f6d3d0; border-bottom: 2px solid #b3261e; }
.q-badge { font: 600 .7rem system-ui, sans-serif; margin-left: .15rem; padding: 0 .25rem; border-radius: .2rem; }
.q-badge.q-exact { color: #1b5e20; border: 0; }
.q-badge.q-differs, .q-badge.q-not-found, .q-badge.q-uncited { color: #fff; background: #8a1c14; border: 0; }
.quote-check ins { background: #fde7c8; text-decoration: none; } .quote-check del { background: #f6d3d0; }
mark.hl { background: #fff2a8; color: inherit; scroll-margin-top: 5rem; }
mark.c2 { background: #c9f2c7; } mark.c3 { background: #c8e1ff; } mark.c4 { background: #f9cfe3; } mark.c5 { background: #ffd9b0; }
mark.hl:target, mark.hl.lit { background: #ffcf33; outline: 3px solid #d93025; outline-offset: 1px; }
a.pin { text-decoration: none; font-size: .7em; vertical-align: super; margin-left: 1px; }
.card { border-left: 3px solid var(--line); padding: .25rem .75rem; margin: .5rem 0; scroll-margin-top: 5rem; }
.card:target, li:target, tr:target, .entity:target, section.source:target { background: #fff4c2; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; overflow-wrap: anywhere; }
code { font-size: .85em; overflow-wrap: anywhere; }
@media print { header.top { position: static; } }
`;

/**
 * Lights every piece of a split highlight when its first piece is the target, which `:target` alone
 * cannot do. CSS, not script: nothing in a packet runs when it is opened. One rule per split highlight.
 */
export function splitHighlightCss(ids: Iterable<string>): string {
  let css = '';
  for (const id of ids) {
    // Ids are checked on every way in; anything else still never reaches a selector.
    if (!/^[0-9A-Za-z-]+$/.test(id)) continue;
    css += `main:has([id="h-${id}"]:target) mark[data-h="${id}"] { background: #ffcf33; outline: 3px solid #d93025; outline-offset: 1px; }\n`;
  }
  return css;
}

const CONT = ' cont" data-h="';

/** Ids of the highlights written in more than one piece (`class="… cont"`) in rendered reader markup. */
export function splitHighlightIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (let at = html.indexOf(CONT); at >= 0; at = html.indexOf(CONT, at + 1)) {
    const start = at + CONT.length;
    ids.add(html.slice(start, html.indexOf('"', start)));
  }
  return ids;
}
