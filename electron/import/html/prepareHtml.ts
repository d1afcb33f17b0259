export interface PreparedHtml {
  /** Markup without scripts, styles, embedded objects, form controls or comments. */
  html: string;
  /** Raw bodies of `<script type="application/ld+json">` blocks, in page order. */
  jsonLd: string[];
}

// Elements whose content is never article text. Scripts are never run: they are cut out here.
const OPENERS = /<!--|<(script|style|noscript|template|iframe|object|embed|svg|math|canvas|textarea|select|button|title)\b/g;
// Raw-text elements swallow the rest of the page when unclosed, as a browser would.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);

/**
 * Cuts non-content elements out of the markup in one linear pass (indexOf, no backtracking),
 * collecting JSON-LD on the way. `<title>` is kept, only scanned past, so its contents are not misread as tags.
 */
export function prepareHtml(input: string): PreparedHtml {
  const lower = input.toLowerCase();
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let copied = 0;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(lower); m; m = OPENERS.exec(lower)) {
    const start = m.index;
    let end: number;
    if (m[0] === '<!--') {
      const close = lower.indexOf('-->', start + 4);
      end = close < 0 ? lower.length : close + 3;
    } else {
      const tag = m[1]!;
      const openEnd = lower.indexOf('>', start);
      if (openEnd < 0) break;
      const close = lower.indexOf(`</${tag}`, openEnd);
      const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
      if (tag === 'embed' || lower[openEnd - 1] === '/') end = openEnd + 1;
      else if (close < 0 || closeEnd < 0) end = RAW_TEXT.has(tag) ? lower.length : openEnd + 1;
      else end = closeEnd + 1;
      if (tag === 'title') {
        OPENERS.lastIndex = end;
        continue;
      }
      if (tag === 'script' && close > 0 && /type\s*=\s*["']?application\/ld\+json/.test(lower.slice(start, openEnd))) {
        jsonLd.push(input.slice(openEnd + 1, close));
      }
    }
    parts.push(input.slice(copied, start));
    copied = end;
    OPENERS.lastIndex = end;
  }
  parts.push(input.slice(copied));
  return { html: parts.join(' '), jsonLd };
}
