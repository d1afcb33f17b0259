import type { ArticleBlock, DateFinding, ExtractedArticle } from './types';

/** Body text as stored: one paragraph per block, blank line between. */
export function blocksToText(blocks: readonly ArticleBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Published and modified dates from text findings: the first of each role wins. */
export function pickDates(dates: readonly DateFinding[]): {
  published: DateFinding | null;
  modified: DateFinding | null;
} {
  return {
    published: dates.find((d) => d.role === 'published') ?? null,
    modified: dates.find((d) => d.role === 'modified') ?? null,
  };
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/**
 * The page metadata a source has before anything is found: no site, page dates, canonical address or declared
 * language. A PDF or Word file never has them; a web page's builder fills them in.
 */
export const NO_PAGE_METADATA = {
  site: null,
  publishedAt: null,
  publishedApproximate: false,
  modifiedAt: null,
  canonicalUrl: null,
  language: null,
} as const satisfies Partial<ExtractedArticle>;

/** An article with empty metadata, for builders to fill in. */
export function emptyArticle(): ExtractedArticle {
  return {
    title: '',
    authors: [],
    ...NO_PAGE_METADATA,
    text: '',
    blocks: [],
    removed: [],
    provenance: {},
  };
}
