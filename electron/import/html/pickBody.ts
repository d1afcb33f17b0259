import { blocksToText } from '../../../shared/import/assembleArticle';
import { chooseReading } from '../../../shared/import/chooseReading';
import type { CleanResult } from '../../../shared/import/cleanBlocks';
import { wordsOf } from '../../../shared/import/lineShape';
import type { ArticleBlock, CandidateBlock, ExtractedArticle } from '../../../shared/import/types';
import { densestSpan } from './densestSpan';
import type { ReaderView } from './readerView';

/** Below this many words the reader view may have picked a fragment, so the fallback gets a say. */
const SHORT_BODY = 120;

export interface BodyChoice {
  cleaned: CleanResult;
  method: string;
  note: ExtractedArticle['extractionNote'];
}

interface BodyInput {
  reader: ReaderView | null;
  pageBlocks: readonly CandidateBlock[];
  /** Plain Readability's blocks on the unpruned page. */
  library: readonly CandidateBlock[];
  clean: (blocks: readonly CandidateBlock[]) => CleanResult;
}

const wordCount = (blocks: readonly ArticleBlock[]) => wordsOf(blocksToText(blocks)).length;
const asIs = (blocks: readonly CandidateBlock[]): CleanResult => ({
  blocks: blocks.filter((b) => !b.furniture).map(({ kind, text }) => ({ kind, text })),
  removed: [],
  authors: [],
  dates: [],
});

/**
 * The article body: our cleaned reading, checked against plain Readability (the floor) and,
 * for short readings, the densest run of prose. Never empty while the page has visible text:
 * when no reading keeps anything, the library's uncleaned reading or the page's visible text is
 * used and flagged, so the reporter is told instead of the import being refused.
 */
export function pickBody({ reader, pageBlocks, library, clean }: BodyInput): BodyChoice {
  let cleaned = reader ? clean(reader.blocks) : asIs([]);
  let method = 'readability';
  if (wordCount(cleaned.blocks) < SHORT_BODY) {
    const fallback = clean(densestSpan(pageBlocks));
    if (wordCount(fallback.blocks) > wordCount(cleaned.blocks) * 1.2)
      [cleaned, method] = [fallback, 'densest text block'];
  }
  const libraryCleaned = library.length > 0 ? clean(library) : asIs([]);
  if (
    chooseReading(cleaned.blocks, libraryCleaned.blocks.length > 0 ? libraryCleaned.blocks : library) ===
    'library'
  ) {
    [cleaned, method] = [libraryCleaned, 'readability (plain)'];
  }
  if (wordCount(cleaned.blocks) > 0) return { cleaned, method, note: null };
  for (const [blocks, how] of [
    [library, 'readability (uncleaned)'],
    [reader?.blocks ?? [], 'readability (uncleaned)'],
    [pageBlocks, 'visible text'],
  ] as const) {
    const raw = asIs(blocks);
    if (wordCount(raw.blocks) > 0)
      return { cleaned: raw, method: how, note: how === 'visible text' ? 'visible-text' : 'little-prose' };
  }
  return { cleaned: asIs([]), method: 'none', note: 'little-prose' };
}
