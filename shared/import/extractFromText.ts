import { AppError } from '../errors';
import { blocksToText, emptyArticle, pickDates, uniqueNames } from './assembleArticle';
import { buildParagraphs } from './buildParagraphs';
import { cleanBlocks } from './cleanBlocks';
import { findHeadline } from './findHeadline';
import { DETECTED_LANGUAGE, guessLanguage } from './guessLanguage';
import { wordsOf } from './lineShape';
import { looksLikeMarkdown } from './markdownInline';
import { normalizeText } from './normalizeText';
import { siteFromCopyright } from './siteFromCopyright';
import { sourceLines } from './sourceLines';
import { splitTitleSite } from './splitTitleSite';
import type { ExtractedArticle } from './types';

export interface TextExtractOptions {
  capturedAt: string;
  fileName?: string;
}

function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return wordsOf(base).length > 0 ? base : null;
}

// Long because: the pipeline reads as its steps in order (normalise, headline, meta, chrome, appeals, body).
/** The article in a .txt/.md file or pasted page text: headline, body, byline and dates, with page furniture cut. */
export function extractFromText(text: string, opts: TextExtractOptions): ExtractedArticle {
  const normalized = normalizeText(text);
  const markdown = looksLikeMarkdown(normalized, opts.fileName);
  const paragraphs = buildParagraphs(sourceLines(normalized, markdown), markdown);
  const at = findHeadline(paragraphs, opts.capturedAt, markdown);
  const article = emptyArticle();
  const provenance: Record<string, string> = {};
  let title: string | null = null;
  if (at >= 0) {
    const parts = splitTitleSite(paragraphs[at]!.text);
    title = parts.title;
    provenance.title = 'headline line';
    if (parts.site) [article.site, provenance.site] = [parts.site, 'headline suffix'];
  }
  const before = at >= 0 ? paragraphs.slice(0, at).map((p) => p.text) : [];
  const cleaned = cleanBlocks(at >= 0 ? paragraphs.slice(at + 1) : paragraphs, {
    title,
    capturedAt: opts.capturedAt,
    mode: 'text',
  });
  let note: ExtractedArticle['extractionNote'] = null;
  if (wordsOf(blocksToText(cleaned.blocks)).length === 0) {
    // Nothing reads as an article: keep every line as written and say so, rather than refuse.
    cleaned.blocks = paragraphs
      .filter((p) => wordsOf(p.text).length > 0)
      .map(({ kind, text }) => ({ kind, text }));
    cleaned.removed = [];
    note = 'visible-text';
  }
  const body = blocksToText(cleaned.blocks);
  if (wordsOf(body).length === 0)
    throw new AppError('IMPORT_FAILED', 'No article text was found in this text.');
  if (!title) {
    title = titleFromFileName(opts.fileName) ?? firstWords(body);
    provenance.title = opts.fileName ? 'file name' : 'first sentence';
  }
  const removed = [...before, ...cleaned.removed];
  if (!article.site) {
    const site = siteFromCopyright(removed);
    if (site) [article.site, provenance.site] = [site, 'copyright line'];
  }
  const authors = uniqueNames(cleaned.authors);
  if (authors.length > 0) provenance.authors = 'byline line';
  const { published, modified } = pickDates(cleaned.dates);
  if (published) provenance.publishedAt = published.how;
  if (modified) provenance.modifiedAt = modified.how;
  const language = guessLanguage(body);
  if (language) provenance.language = DETECTED_LANGUAGE;
  return {
    ...article,
    title,
    authors,
    publishedAt: published?.iso ?? null,
    publishedApproximate: published?.approximate ?? false,
    modifiedAt: modified?.iso ?? null,
    language,
    text: body,
    blocks: cleaned.blocks,
    removed,
    provenance,
    extractionNote: note,
  };
}

function firstWords(body: string): string {
  const paragraph = body.split('\n\n', 1)[0] ?? body;
  const sentence = paragraph.split(/(?<=[.!?])\s/u, 1)[0] ?? paragraph;
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence : `${words.slice(0, 12).join(' ')}…`;
}
