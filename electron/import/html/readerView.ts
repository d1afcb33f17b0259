import { Readability } from '@mozilla/readability';
import type { CandidateBlock } from '../../../shared/import/types';
import { forReadability, keepElement, parsePage } from '../../dom/parsePage';
import { domBlocks } from './domBlocks';
import type { Document, Element } from '../../dom/domTypes';

export interface ReaderView {
  blocks: CandidateBlock[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  title: string | null;
}

/** Mozilla Readability's pick of the article element, as blocks; null when it finds none or fails. */
export function readerView(document: Document): ReaderView | null {
  try {
    // Identity serializer: keep the element and walk it directly instead of re-parsing HTML.
    const reader = new Readability<Element>(forReadability(document), {
      serializer: keepElement,
      charThreshold: 250,
      disableJSONLD: true,
    });
    const result = reader.parse();
    if (!result?.content) return null;
    return {
      blocks: domBlocks(result.content),
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
      title: result.title ?? null,
    };
  } catch {
    // Readability throws on some malformed documents; the caller falls back to its own heuristic.
    return null;
  }
}

/**
 * Readability with its own defaults on the page as prepared (scripts removed), before any of our
 * pruning: the floor our reading is checked against. Empty when it finds nothing or fails.
 */
export function plainReadability(markup: string): CandidateBlock[] {
  try {
    const document = parsePage(markup);
    const result = new Readability<Element>(forReadability(document), { serializer: keepElement }).parse();
    return result?.content ? domBlocks(result.content) : [];
  } catch {
    return [];
  }
}
