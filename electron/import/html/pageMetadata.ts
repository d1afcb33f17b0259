import { uniqueNames } from '../../../shared/import/assembleArticle';
import { collapseSpaces } from '../../../shared/import/normalizeText';
import { parseByline } from '../../../shared/import/parseByline';
import { splitTitleSite } from '../../../shared/import/splitTitleSite';
import type { DateFinding } from '../../../shared/import/types';
import { jsonLdArticle } from './jsonLdArticle';
import type { PageIndex } from './indexPage';
import { firstMeta, metaTags } from './metaTags';
import { pageDates } from './pageDates';
import type { Document, Element } from '../../dom/domTypes';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  site: string | null;
  published: DateFinding | null;
  modified: DateFinding | null;
  canonicalUrl: string | null;
  language: string | null;
  provenance: Record<string, string>;
}

const textOf = (el: Element | null) => (el ? collapseSpaces(el.textContent ?? '') : '');

/** Person names from a free-form author value ("By A and B", "A, B"). */
function splitNames(value: string, capturedAt: string): string[] {
  const clean = collapseSpaces(value);
  if (!clean || /^https?:\/\//i.test(clean) || clean.length > 150) return [];
  return parseByline(/^(by|von|par|por)\s/i.test(clean) ? clean : `By ${clean}`, capturedAt) ?? [clean];
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function normalizeLanguage(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(value ?? '');
  if (!m?.[1]) return null;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

// "Staff", "News Desk", "Web Team": a placeholder, used only when no person is named anywhere.
const PLACEHOLDER =
  /\b(staff|desk|team|editors|newsroom|reporters|redaktion|rédaction|redacción|agencies)\b/i;

/** True for credits like "KVLT Staff" that name no person. */
export const isPlaceholderAuthor = (name: string) => PLACEHOLDER.test(name);

function authorsFromPage(
  index: PageIndex,
  meta: Map<string, string[]>,
  ldAuthors: string[],
  capturedAt: string,
): [string[], string] | null {
  const people = ldAuthors.filter((n) => !PLACEHOLDER.test(n));
  if (people.length > 0) return [people, 'json-ld'];
  const tag = firstMeta(meta, [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  ]);
  const tagNames = tag ? meta.get(tag[1])!.flatMap((v) => splitNames(v, capturedAt)) : [];
  const placeholder: [string[], string] | null =
    ldAuthors.length > 0
      ? [ldAuthors, 'json-ld']
      : tag && tagNames.length > 0
        ? [tagNames, `meta ${tag[1]}`]
        : null;
  if (tag && tagNames.length > 0 && !tagNames.some((n) => PLACEHOLDER.test(n)))
    return [tagNames, `meta ${tag[1]}`];
  return personOnPage(index, capturedAt) ?? placeholder;
}

function personOnPage(index: PageIndex, capturedAt: string): [string[], string] | null {
  const itemprop = index.authorItems.map((el) => textOf(el.querySelector('[itemprop~="name"]') ?? el));
  if (itemprop.some(Boolean)) return [itemprop.flatMap((n) => splitNames(n, capturedAt)), 'itemprop author'];
  const rel = index.relAuthors.map(textOf).filter(Boolean);
  if (rel.length > 0) return [rel, 'rel=author link'];
  for (const el of index.bylines) {
    const names = parseByline(textOf(el), capturedAt);
    if (names) return [names, 'byline element'];
  }
  return null;
}

/** Title, authors, site, dates, canonical URL and language from the page's own markup, each with its source. */
// Long because each field tries its sources in a stated order, side by side for review.
export function pageMetadata(
  document: Document,
  index: PageIndex,
  jsonLd: readonly string[],
  opts: { capturedAt: string; url?: string },
): PageMetadata {
  const meta = metaTags(index.metas);
  const ld = jsonLdArticle(jsonLd);
  const provenance: Record<string, string> = {};
  const siteHit = firstMeta(meta, ['og:site_name', 'application-name']);
  let site: string | null = siteHit?.[0] ?? ld.publisher ?? ld.siteName;
  if (site) provenance.site = siteHit ? siteHit[1] : 'json-ld';

  const scope = index.article ?? index.main;
  const h1 = textOf(index.h1s.find((el) => scope?.contains(el)) ?? null) || textOf(index.h1s[0] ?? null);
  const titleTag = textOf(index.title);
  const candidates: Array<[string | null | undefined, string]> = [
    [firstMeta(meta, ['og:title'])?.[0], 'og:title'],
    [ld.headline, 'json-ld'],
    [firstMeta(meta, ['twitter:title'])?.[0], 'twitter:title'],
    [h1, 'h1'],
    [titleTag, 'title element'],
  ];
  const [rawTitle, titleFrom] = candidates.find(([v]) => v && collapseSpaces(v)) ?? [null, ''];
  let title: string | null = null;
  if (rawTitle) {
    const parts = splitTitleSite(collapseSpaces(rawTitle), site);
    title = parts.title;
    provenance.title = titleFrom;
    if (!site && parts.site && titleFrom === 'title element')
      [site, provenance.site] = [parts.site, 'title suffix'];
  }
  const tagSite = !site && titleTag ? splitTitleSite(titleTag).site : null;
  if (tagSite) [site, provenance.site] = [tagSite, 'title suffix'];

  const authors = authorsFromPage(index, meta, ld.authors, opts.capturedAt);
  if (authors) provenance.authors = authors[1];
  const dates = pageDates(
    index,
    meta,
    { published: ld.datePublished, modified: ld.dateModified },
    opts.capturedAt,
  );
  if (dates.published) provenance.publishedAt = dates.published.how;
  if (dates.modified) provenance.modifiedAt = dates.modified.how;

  const canonicalHits: Array<[string | null, string]> = [
    [absoluteUrl(index.canonical?.getAttribute('href'), opts.url), 'link rel=canonical'],
    [absoluteUrl(firstMeta(meta, ['og:url'])?.[0], opts.url), 'og:url'],
    [absoluteUrl(ld.url, opts.url), 'json-ld'],
    [absoluteUrl(opts.url, undefined), 'capture url'],
  ];
  const canonical = canonicalHits.find(([v]) => v) ?? null;
  if (canonical) provenance.canonicalUrl = canonical[1];

  const langHits: Array<[string | null, string]> = [
    [normalizeLanguage(document.documentElement?.getAttribute('lang')), 'html lang'],
    [normalizeLanguage(firstMeta(meta, ['content-language', 'og:locale', 'language'])?.[0]), 'meta language'],
    [normalizeLanguage(ld.language), 'json-ld'],
  ];
  const language = langHits.find(([v]) => v) ?? null;
  if (language) provenance.language = language[1];

  return {
    title,
    authors: uniqueNames(authors?.[0] ?? []),
    site,
    published: dates.published,
    modified: dates.modified,
    canonicalUrl: canonical?.[0] ?? null,
    language: language?.[0] ?? null,
    provenance,
  };
}
