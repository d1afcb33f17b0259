import type { Document, Element } from '../../dom/domTypes';

/** The elements metadata and cleanup need, gathered in one pass instead of a dozen selector scans. */
export interface PageIndex {
  metas: Element[];
  canonical: Element | null;
  title: Element | null;
  h1s: Element[];
  /** <time> and itemprop datePublished/dateModified elements, in page order. */
  times: Element[];
  authorItems: Element[];
  relAuthors: Element[];
  /** Elements whose class or id mentions a byline or author (first 20). */
  bylines: Element[];
  /** Navigation, sidebars, footers, dialogs and hidden elements, to be removed. */
  chrome: Element[];
  article: Element | null;
  main: Element | null;
}

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Walks every element once and files the ones the extractor cares about. */
export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    metas: [],
    canonical: null,
    title: null,
    h1s: [],
    times: [],
    authorItems: [],
    relAuthors: [],
    bylines: [],
    chrome: [],
    article: null,
    main: null,
  };
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') index.metas.push(el);
    else if (tag === 'LINK') {
      if (!index.canonical && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? ''))
        index.canonical = el;
    } else if (tag === 'TITLE') index.title ??= el;
    else if (tag === 'H1') index.h1s.push(el);
    else if (tag === 'TIME') index.times.push(el);
    else if (tag === 'ARTICLE') index.article ??= el;
    else if (tag === 'MAIN') index.main ??= el;
    else if (tag === 'A' && /(^|\s)author(\s|$)/i.test(el.getAttribute('rel') ?? ''))
      index.relAuthors.push(el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (/(^|\s)author(\s|$)/i.test(itemprop)) index.authorItems.push(el);
      if (tag !== 'TIME' && /^date(Published|Modified)$/i.test(itemprop)) index.times.push(el);
    }
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (index.bylines.length < 20 && /byline|author/i.test(marker)) index.bylines.push(el);
    if (
      CHROME_TAGS.has(tag) ||
      CHROME_ROLES.test(el.getAttribute('role') ?? '') ||
      el.hasAttribute('hidden') ||
      HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
    ) {
      index.chrome.push(el);
    }
  }
  return index;
}
