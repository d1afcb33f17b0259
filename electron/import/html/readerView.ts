import { Readability } from '@mozilla/readability';
import type { CandidateBlock } from '../../../shared/import/types';
import { forReadability, keepElement } from '../../dom/parsePage';
import { domBlocks } from './domBlocks';
import type { Document, Element } from '../../dom/domTypes';

export interface ReaderView {
  blocks: CandidateBlock[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  title: string | null;
}

/**
 * Mozilla Readability's pick of the article element with its default thresholds, as blocks; null
 * when it finds none or fails. It runs on the one parsed document (after metadata and the page's
 * visible blocks were read from it), so a page is parsed once.
 */
export function readerView(document: Document): ReaderView | null {
  try {
    // Identity serializer: keep the element and walk it directly instead of re-parsing HTML.
    const reader = new Readability<Element>(forReadability(document), {
      serializer: keepElement,
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
