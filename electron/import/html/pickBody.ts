import { blocksToText } from '../../../shared/import/assembleArticle';
import { comparable } from '../../../shared/import/normalizeText';
import { proseScore } from '../../../shared/import/proseScore';
import type { CleanResult } from '../../../shared/import/cleanBlocks';
import { isSentenceLike, wordsOf } from '../../../shared/import/lineShape';
import type { ArticleBlock, CandidateBlock, ExtractedArticle } from '../../../shared/import/types';
import { densestSpan } from './densestSpan';
import type { ReaderView } from './readerView';

/** Below this many words of prose the reader view may have picked a fragment: our own reading gets a say. */
const SHORT_BODY = 120;

export interface BodyChoice {
  cleaned: CleanResult;
  method: string;
  note: ExtractedArticle['extractionNote'];
}

interface BodyInput {
  reader: ReaderView | null;
  pageBlocks: readonly CandidateBlock[];
  /** Cleanup of a reader view's choice (trusting its bounds) or of our own span (`reader` false). */
  clean: (blocks: readonly CandidateBlock[], reader: boolean) => CleanResult;
}

const wordCount = (blocks: readonly ArticleBlock[]) => wordsOf(blocksToText(blocks)).length;
const asIs = (blocks: readonly CandidateBlock[]): CleanResult => ({
  blocks: blocks.filter((b) => !b.furniture).map(({ kind, text }) => ({ kind, text })),
  removed: [],
  authors: [],
  dates: [],
});

/**
 * The article body: Readability's reading with strong-evidence furniture removed. Only when it
 * finds little prose (or fails) is the densest run of prose on the page read too, and the more
 * article-like of the two kept. Never empty while the page has visible text: when no reading
 * keeps anything, the reader's uncleaned reading or the page's visible text is used and flagged,
 * so the reporter is told instead of the import being refused.
 */
export function pickBody({ reader, pageBlocks, clean }: BodyInput): BodyChoice {
  let cleaned = reader ? clean(reader.blocks, true) : asIs([]);
  let method = 'readability';
  // A reading of lists or tables without one sentence (a signatories list, a results table) may
  // have left the prose beside it: the densest run gets a say, and the lists are kept with it.
  const noProse = !cleaned.blocks.some((b) => isSentenceLike(b.text));
  if (noProse || wordCount(cleaned.blocks) < SHORT_BODY) {
    const fallback = clean(densestSpan(pageBlocks), false);
    // Beside a reading with two paragraphs of prose, one long block (a contact box, a notice) is not a story.
    const paragraphs = (blocks: readonly ArticleBlock[]) =>
      blocks.filter((b) => isSentenceLike(b.text)).length;
    const story = paragraphs(fallback.blocks) >= 2 || paragraphs(cleaned.blocks) < 2;
    if (story && proseScore(fallback.blocks) > Math.max(0, proseScore(cleaned.blocks)) * 1.2)
      [cleaned, method] = [withShortReading(fallback, cleaned, pageBlocks), 'densest text block'];
  }
  if (wordCount(cleaned.blocks) > 0) return { cleaned, method, note: null };
  for (const [blocks, how] of [
    [reader?.blocks ?? [], 'readability (uncleaned)'],
    [pageBlocks, 'visible text'],
  ] as const) {
    const raw = asIs(blocks);
    if (wordCount(raw.blocks) > 0)
      return { cleaned: raw, method: how, note: how === 'visible text' ? 'visible-text' : 'little-prose' };
  }
  return { cleaned: asIs([]), method: 'none', note: 'little-prose' };
}

/**
 * The densest run joined by the reader view's short reading where that lies elsewhere on the page:
 * a reader view that found under SHORT_BODY words most often picked one part of a short post (its
 * list, its recipe, its lead), and the densest run another; both are prose the page's author wrote.
 * The reading goes before or after the run by where its first line stands on the page.
 */
function withShortReading(
  run: CleanResult,
  reading: CleanResult,
  pageBlocks: readonly CandidateBlock[],
): CleanResult {
  const inRun = new Set(run.blocks.map((b) => comparable(b.text)));
  const extra = reading.blocks.filter((b) => !inRun.has(comparable(b.text)));
  if (extra.length === 0) return run;
  const positionOf = (text: string) => {
    const key = comparable(text);
    return pageBlocks.findIndex((b) => comparable(b.text) === key);
  };
  const runAt = positionOf(run.blocks[0]?.text ?? '');
  const extraAt = positionOf(extra[0]!.text);
  const before = extraAt >= 0 && runAt >= 0 && extraAt < runAt;
  return {
    blocks: before ? [...extra, ...run.blocks] : [...run.blocks, ...extra],
    removed: run.removed,
    authors: run.authors.length > 0 ? run.authors : reading.authors,
    dates: [...run.dates, ...reading.dates],
  };
}
