import { parsePage } from '../../dom/parsePage';
import { AppError } from '../../../shared/errors';
import { blocksToText, emptyArticle, pickDates, uniqueNames } from '../../../shared/import/assembleArticle';
import { comparable } from '../../../shared/import/normalizeText';
import { cleanBlocks, type CleanResult } from '../../../shared/import/cleanBlocks';
import { DETECTED_LANGUAGE, pickLanguage } from '../../../shared/import/guessLanguage';
import { findDates } from '../../../shared/import/findDates';
import { wordsOf } from '../../../shared/import/lineShape';
import { normalizeDate } from '../../../shared/import/normalizeDate';
import { parseByline } from '../../../shared/import/parseByline';
import { readMetaLine, type MetaLine } from '../../../shared/import/readMetaLine';
import { siteFromCopyright } from '../../../shared/import/siteFromCopyright';
import type { ArticleBlock, CandidateBlock, ExtractedArticle } from '../../../shared/import/types';
import { pickBody } from './pickBody';
import { domBlocks } from './domBlocks';
import { findStandfirst } from './findStandfirst';
import { indexPage } from './indexPage';
import { limitNesting } from './limitNesting';
import { prepareHtml, type PreparedHtml } from './prepareHtml';
import { isPlaceholderAuthor, pageMetadata } from './pageMetadata';
import { pruneDom } from './pruneDom';
import { readerView } from './readerView';
import { bodyLostText, rebuildSkeleton } from './repairSkeleton';

export interface HtmlExtractOptions {
  capturedAt: string;
  url?: string;
}

/** Shortest body line whose presence in the standfirst means the standfirst is already shown. */
const STANDFIRST_PART = 40;

/** Characters of kept text the removed-list may scan in total. */
const SUBSTRING_BUDGET = 20_000_000;

/**
 * The article in an HTML page: Readability's choice of content cleaned of furniture, or the
 * densest run of prose when Readability finds little; metadata from meta tags, JSON-LD and
 * <time> first, visible bylines and dates second. Scripts are removed, never run.
 */
export function extractFromHtml(html: string, opts: HtmlExtractOptions): ExtractedArticle {
  const { html: markup, jsonLd, cut } = prepareInput(html);
  const document = parsePageRepaired(markup);
  const index = indexPage(document);
  const meta = pageMetadata(document, index, jsonLd, opts);
  const standfirst = findStandfirst(index, opts.capturedAt);
  // Every visible block of the page, read before Readability rewrites the tree: the fallback's
  // input and the reference for listing what was cut.
  const pageBlocks = domBlocks(document.body ?? document.documentElement, cut);
  pruneDom(index);
  const reader = readerView(document);
  const clean = (blocks: Parameters<typeof cleanBlocks>[0], fromReader: boolean) =>
    cleanBlocks(blocks, {
      reader: fromReader,
      title: meta.title ?? reader?.title ?? null,
      capturedAt: opts.capturedAt,
      mode: 'html',
      knownAuthors: meta.authors,
      outlet: meta.site ?? reader?.siteName ?? null,
    });
  const body = pickBody({ reader, pageBlocks, clean });
  // Only a page without a word of visible text is refused; anything else is imported, flagged.
  if (body.method === 'none')
    throw new AppError('IMPORT_FAILED', 'No article text or other visible text was found in this page.');
  let cleaned = body.cleaned;
  const method = body.method;
  const standfirstKey = standfirst ? comparable(standfirst) : '';
  // The body may hold the standfirst, or the standfirst a body line (its block glued to the date
  // and byline under it): either way it is already there.
  const holds = (b: ArticleBlock) => {
    const key = comparable(b.text);
    return key.includes(standfirstKey) || (key.length >= STANDFIRST_PART && standfirstKey.includes(key));
  };
  if (standfirst && !cleaned.blocks.some(holds)) {
    cleaned = { ...cleaned, blocks: [{ kind: 'p', text: standfirst }, ...cleaned.blocks] };
  }
  const around = metaAroundBody(pageBlocks, cleaned.blocks, opts.capturedAt);
  cleaned = {
    ...cleaned,
    authors: cleaned.authors.length > 0 ? cleaned.authors : around.authors,
    dates: [...cleaned.dates, ...around.dates],
  };
  const article = assemble(meta, reader, cleaned, method, opts.capturedAt);
  if (body.note) article.extractionNote = body.note;
  const removed = cutBlocks(pageBlocks, cleaned.blocks);
  const copyrightSite = article.site ? null : siteFromCopyright(removed);
  if (copyrightSite) [article.site, article.provenance.site] = [copyrightSite, 'copyright line'];
  if (!article.site && article.canonicalUrl) {
    [article.site, article.provenance.site] = [
      new URL(article.canonicalUrl).hostname.replace(/^www\./, ''),
      'url host',
    ];
  }
  return { ...article, removed };
}

/** Lines at the head of a reader view's body that may still be byline or date lines. */
const LEAD_LINES = 4;

/**
 * Byline and date lines in the page just above the body, which reader views tend to drop. They
 * are read from the page's own visible blocks (taken before Readability rewrote the tree), above
 * the body's first line that is not itself such a line: a reader view may keep the date line as
 * its lead, or merge it with the byline into one paragraph the page does not have.
 */
function metaAroundBody(
  page: readonly CandidateBlock[],
  kept: readonly ArticleBlock[],
  capturedAt: string,
): MetaLine {
  const metaOf = (text: string) => readMetaLine(text, capturedAt) ?? shortDateLine(text, capturedAt);
  const pageAt = new Map<string, number>();
  page.forEach((b, i) => {
    const key = comparable(b.text);
    if (!pageAt.has(key)) pageAt.set(key, i);
  });
  const anchor = kept.slice(0, LEAD_LINES).find((b) => !metaOf(b.text) && pageAt.has(comparable(b.text)));
  const at = anchor ? pageAt.get(comparable(anchor.text))! : -1;
  const found: MetaLine = { authors: [], dates: [] };
  for (const block of page.slice(Math.max(0, at - 15), Math.max(0, at))) {
    const meta = metaOf(block.text);
    if (!meta) continue;
    if (found.authors.length === 0) found.authors = meta.authors;
    found.dates.push(...meta.dates);
  }
  return found;
}

/** Most words a date line near the headline may carry beside its dates (views, read time). */
const DATE_LINE_WORDS = 12;

/**
 * A short line above the story with a full date in it ("January 8, 2025 · 958 views"): its dates,
 * whatever else the line says, since counters and labels vary by site and language.
 */
function shortDateLine(text: string, capturedAt: string): MetaLine | null {
  if (text.length > 200 || wordsOf(text).length > DATE_LINE_WORDS) return null;
  const dates = findDates(text, capturedAt).filter((d) => !d.approximate);
  return dates.length > 0 ? { authors: [], dates } : null;
}

/** Page blocks that did not make it into the body, in page order. */
function cutBlocks(page: readonly CandidateBlock[], kept: readonly ArticleBlock[]): string[] {
  const keptKeys = new Set(kept.map((b) => comparable(b.text)));
  const keptText = kept.map((b) => comparable(b.text)).join(' ');
  // Substring checks catch blocks Readability split or merged; bounded so huge pages stay linear.
  let budget = SUBSTRING_BUDGET;
  return page
    .filter((b) => {
      const key = comparable(b.text);
      if (keptKeys.has(key)) return false;
      if (key.length < 20 || budget < keptText.length) return true;
      budget -= keptText.length;
      return !keptText.includes(key);
    })
    .map((b) => b.text);
}

function prepareInput(html: string): PreparedHtml {
  const prepared = prepareHtml(html);
  const markup = limitNesting(prepared.html);
  // The DOM parser builds no <body> for a bare fragment; give it one.
  return {
    ...prepared,
    html: /<(html|body)[\s>]/i.test(markup) ? markup : `<!DOCTYPE html><html><body>${markup}</body></html>`,
  };
}

/** The parsed page; re-parsed inside a rebuilt skeleton when the first parse left its text outside `body`. */
function parsePageRepaired(markup: string) {
  const document = parsePage(markup);
  return bodyLostText(document) ? parsePage(rebuildSkeleton(markup)) : document;
}

function assemble(
  meta: ReturnType<typeof pageMetadata>,
  reader: ReturnType<typeof readerView>,
  cleaned: CleanResult,
  method: string,
  capturedAt: string,
): ExtractedArticle {
  const text = blocksToText(cleaned.blocks);
  const provenance: Record<string, string> = { ...meta.provenance, body: method };
  const textDates = pickDates(cleaned.dates);
  let published = meta.published ?? textDates.published;
  const readerDate = normalizeDate(reader?.publishedTime, capturedAt);
  if (!published && readerDate)
    published = { iso: readerDate, approximate: false, role: 'published', how: 'readability' };
  if (published && !meta.published) provenance.publishedAt = published.how;
  const modified = meta.modified ?? textDates.modified;
  if (modified && !meta.modified) provenance.modifiedAt = modified.how;
  // Only a "Last update" line: the closest date to publication there is, shown as what it is.
  if (!published && modified) {
    published = { ...modified, role: 'published' };
    provenance.publishedAt = `${modified.how} (last update; no publication date on the page)`;
  }

  let authors = meta.authors;
  const onlyPlaceholders = authors.every(isPlaceholderAuthor);
  if (onlyPlaceholders && cleaned.authors.length > 0)
    [authors, provenance.authors] = [cleaned.authors, 'byline line'];
  const readerByline = reader?.byline
    ? parseByline(/^by\s/i.test(reader.byline) ? reader.byline : `By ${reader.byline}`, capturedAt)
    : null;
  if (authors.every(isPlaceholderAuthor) && readerByline)
    [authors, provenance.authors] = [readerByline, 'readability byline'];

  let title = meta.title ?? reader?.title ?? null;
  if (!title) {
    title =
      cleaned.blocks.find((b) => b.kind === 'h')?.text ?? text.split(/(?<=[.!?])\s/u, 1)[0]!.slice(0, 120);
    provenance.title = 'first heading or sentence';
  }
  const site = meta.site ?? reader?.siteName ?? null;
  if (site && !meta.site) provenance.site = 'readability';
  const { language, detected } = pickLanguage(meta.language, text);
  if (detected) provenance.language = DETECTED_LANGUAGE;
  return {
    ...emptyArticle(),
    title,
    authors: uniqueNames(authors),
    site,
    publishedAt: published?.iso ?? null,
    publishedApproximate: published?.approximate ?? false,
    modifiedAt: modified?.iso ?? null,
    canonicalUrl: meta.canonicalUrl,
    language,
    text,
    blocks: cleaned.blocks,
    removed: [],
    provenance,
  };
}
