import type { Document } from '../../dom/domTypes';

/**
 * linkedom is not an HTML5 tree builder: it takes the first element as the document element and
 * reads `head` and `body` only as that element's first two children. A page whose markup does not
 * open with `<html><head>…</head><body>` (PHP warnings before `<html>`, `<head>` without `<html>`,
 * a page that starts with `<title>`, body elements inside `<head>`, `<html>` opened five times by
 * conditional comments) parses into a document whose `body` is empty or missing while its text sits
 * elsewhere. A browser repairs all of these; `rebuildSkeleton` does the same for the few that need it.
 */

/** Share of the document's text that must be inside `body` for the parse to be taken as it is. */
const BODY_SHARE = 0.5;

const textLength = (node: { textContent: string | null }) => node.textContent?.length ?? 0;

/** True when most of the page's text landed outside `body`, where nothing reads it. */
export function bodyLostText(document: Document): boolean {
  let all = 0;
  for (const node of document.childNodes) all += textLength(node);
  const root = document.documentElement;
  // linkedom's `body` getter inserts an empty body when there is none; only ask once the root is HTML.
  const inBody = root?.tagName === 'HTML' ? textLength(document.body ?? { textContent: '' }) : 0;
  return all > 0 && inBody < all * BODY_SHARE;
}

const SKELETON = new Set(['html', 'head', 'body', '!doctype']);
/** Elements a browser keeps in `<head>` when they come before the body starts. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/** Lower-case tag name at `lt` ('<'), with a leading '/' for an end tag; '' if not a tag. */
function tagNameAt(lower: string, lt: number): string {
  let end = lt + 1;
  if (lower[end] === '/') end += 1;
  const nameStart = end;
  while (end < lower.length && /[a-z0-9!-]/.test(lower[end]!)) end += 1;
  if (end === nameStart) return '';
  const after = lower[end];
  return after === undefined || /[\s/>]/.test(after) ? lower.slice(lt + 1, end) : '';
}

/** Attributes written in a skeleton tag (`<html lang="de">` → ` lang="de"`), without a closing '/'. */
function attributesOf(markup: string, lt: number, gt: number, name: string): string {
  const raw = markup.slice(lt + 1 + name.length, gt);
  return raw.endsWith('/') ? raw.slice(0, -1) : raw;
}

/** Position of the first `<body` start tag, or -1. */
function firstBodyTag(lower: string): number {
  for (let at = lower.indexOf('<body'); at >= 0; at = lower.indexOf('<body', at + 5))
    if (tagNameAt(lower, at) === 'body') return at;
  return -1;
}

// Long because: one linear scan whose cases (skeleton tag, head element, anything else) share its cursor.
/**
 * The markup with every `<html>`, `<head>`, `<body>` and doctype tag taken out and one well-formed
 * skeleton put around it. Title, meta, link and base elements before the body starts (the first
 * `<body>` tag, or without one the first other element or text) go into `<head>`; everything else
 * stays in `<body>` in page order, as a browser would place it. The attributes of the first `<html>`
 * (its `lang`) and `<body>` are kept. One pass with indexOf: linear, no backtracking.
 */
export function rebuildSkeleton(markup: string): string {
  const lower = markup.toLowerCase();
  const bodyAt = firstBodyTag(lower);
  const lastTitleClose = lower.lastIndexOf('</title');
  const head: string[] = [];
  const body: string[] = [];
  let htmlAttributes: string | null = null;
  let bodyAttributes: string | null = null;
  let leading = true;
  let copied = 0;
  for (let lt = lower.indexOf('<'); lt >= 0; lt = lower.indexOf('<', lt + 1)) {
    const name = tagNameAt(lower, lt);
    if (SKELETON.has(name.replace('/', ''))) {
      const gt = lower.indexOf('>', lt);
      if (gt < 0) break;
      if (name === 'html') htmlAttributes ??= attributesOf(markup, lt, gt, name);
      if (name === 'body') bodyAttributes ??= attributesOf(markup, lt, gt, name);
      body.push(markup.slice(copied, lt));
      copied = gt + 1;
      lt = gt;
      continue;
    }
    const beforeBody = bodyAt >= 0 ? lt < bodyAt : leading && markup.slice(copied, lt).trim() === '';
    if (!beforeBody || !HEAD_ONLY.has(name)) {
      leading = false;
      continue;
    }
    // An unclosed title stays where it is; checked against the last `</title` so the scan stays linear.
    const close = name !== 'title' ? lt : lt < lastTitleClose ? lower.indexOf('</title', lt) : -1;
    if (close < 0) {
      leading = false;
      continue;
    }
    const gt = lower.indexOf('>', close);
    if (gt < 0) break;
    body.push(markup.slice(copied, lt));
    head.push(markup.slice(lt, gt + 1));
    copied = gt + 1;
    lt = gt;
  }
  body.push(markup.slice(copied));
  return `<!DOCTYPE html><html${htmlAttributes ?? ''}><head>${head.join('')}</head><body${bodyAttributes ?? ''}>${body.join('')}</body></html>`;
}
