import { AppError } from '../../../shared/errors';
import { decodeEntities } from './decodeEntities';

export interface PreparedHtml {
  /** Markup without scripts, styles, embedded objects, form controls, comments or page chrome. */
  html: string;
  /** Raw bodies of `<script type="application/ld+json">` blocks, in page order. */
  jsonLd: string[];
  /** Text of the navigation, sidebars and footers cut out; `<s-cut n="i">` marks where each stood. */
  cut: string[];
}

/**
 * Most text and markup a page may keep once scripts, styles and chrome are cut: parsing and reading
 * 8 MB takes ~10 s and ~150 MB in the parser worker, and grows from there (50 MB: ~45 s, 1.5 GB).
 * Real articles keep well under 1 MB.
 */
export const MAX_PAGE_MARKUP = 8 * 1024 * 1024;
/** JSON-LD blocks over this are skipped: real ones are a few kilobytes, and each is parsed whole. */
const MAX_JSON_LD = 1024 * 1024;

function tooMuchMarkup(): never {
  throw new AppError(
    'IMPORT_TOO_LARGE',
    `This page has more than ${MAX_PAGE_MARKUP / 1024 / 1024} MB of text and markup once scripts and styles are removed, more than this app reads.`,
    { limit: MAX_PAGE_MARKUP },
  );
}

// Elements whose content is never article text. Scripts are never run: they are cut out here.
const OPENERS =
  /<!--|<(script|style|noscript|template|iframe|object|embed|svg|math|canvas|textarea|select|button|title|nav|aside|footer)(?=[\s/>])/g;
// Raw-text elements swallow the rest of the page when unclosed, as a browser would.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);
// Page chrome that may nest in itself; cut with its text kept for the record.
const CHROME = new Set(['nav', 'aside', 'footer']);

/** End of the element opened at `openEnd`, counting nested elements of the same name; -1 if unclosed. */
function balancedEnd(lower: string, tag: string, openEnd: number): number {
  let depth = 1;
  let pos = openEnd;
  while (depth > 0) {
    const close = lower.indexOf(`</${tag}`, pos);
    if (close < 0) return -1;
    let open = lower.indexOf(`<${tag}`, pos);
    while (open >= 0 && open < close && !/[\s/>]/.test(lower[open + tag.length + 1] ?? ''))
      open = lower.indexOf(`<${tag}`, open + 1);
    if (open >= 0 && open < close) {
      depth += 1;
      pos = open + tag.length + 1;
    } else {
      depth -= 1;
      pos = close + tag.length + 2;
    }
  }
  const end = lower.indexOf('>', pos);
  return end < 0 ? -1 : end + 1;
}

const textOfMarkup = (markup: string) =>
  decodeEntities(markup.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

// Long because: one linear scan whose cases (script, style, comment, JSON-LD, svg) share its cursor.
/**
 * Cuts non-content elements out of the markup in one linear pass (indexOf, no backtracking),
 * collecting JSON-LD on the way. Smaller markup makes parsing and Readability much cheaper.
 */
export function prepareHtml(input: string): PreparedHtml {
  const lower = input.toLowerCase();
  const parts: string[] = [];
  const jsonLd: string[] = [];
  const cut: string[] = [];
  const unbalanced = new Set<string>();
  let copied = 0;
  let kept = 0;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(lower); m; m = OPENERS.exec(lower)) {
    const start = m.index;
    const tag = m[1];
    let end: number;
    let marker = ' ';
    if (!tag) {
      const close = lower.indexOf('-->', start + 4);
      end = close < 0 ? lower.length : close + 3;
    } else {
      const openEnd = lower.indexOf('>', start);
      if (openEnd < 0) break;
      if (CHROME.has(tag)) {
        // An unclosed chrome element is left for the parser; stop searching for that tag so the scan stays linear.
        const close = unbalanced.has(tag) ? -1 : balancedEnd(lower, tag, openEnd + 1);
        if (close < 0) {
          unbalanced.add(tag);
          continue;
        }
        end = close;
        marker = `<s-cut n="${cut.length}"></s-cut>`;
        cut.push(textOfMarkup(input.slice(openEnd + 1, close)));
      } else {
        const close = lower.indexOf(`</${tag}`, openEnd);
        const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
        if (tag === 'embed' || lower[openEnd - 1] === '/') end = openEnd + 1;
        else if (close < 0 || closeEnd < 0) end = RAW_TEXT.has(tag) ? lower.length : openEnd + 1;
        else end = closeEnd + 1;
        if (tag === 'title') {
          OPENERS.lastIndex = end;
          continue;
        }
        if (
          tag === 'script' &&
          close > 0 &&
          close - openEnd <= MAX_JSON_LD &&
          /type\s*=\s*["']?application\/ld\+json/.test(lower.slice(start, openEnd))
        ) {
          jsonLd.push(input.slice(openEnd + 1, close));
        }
      }
    }
    kept += start - copied + marker.length;
    // Checked as the scan goes, so a huge page is refused before its kept markup is ever joined.
    if (kept > MAX_PAGE_MARKUP) tooMuchMarkup();
    parts.push(input.slice(copied, start), marker);
    copied = end;
    OPENERS.lastIndex = end;
  }
  if (kept + input.length - copied > MAX_PAGE_MARKUP) tooMuchMarkup();
  parts.push(input.slice(copied));
  return { html: parts.join(''), jsonLd, cut };
}
