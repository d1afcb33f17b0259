import { Readability } from '@mozilla/readability';
import { forReadability, parsePage } from '../../electron/dom/parsePage';
import { extractFromHtml } from '../../electron/import/html/extractFromHtml';

export interface Extracted {
  text: string;
  refused: boolean;
  note?: string | null;
  language?: string | null;
  publishedAt?: string | null;
  site?: string | null;
}

const CAPTURED_AT = '2026-01-15T12:00:00Z';

/** Our importer's HTML path, exactly as an import runs it (minus the worker). */
export function ours(html: string, url?: string, capturedAt = CAPTURED_AT): Extracted {
  try {
    const a = extractFromHtml(html, { capturedAt, ...(url ? { url } : {}) });
    return {
      text: a.text,
      refused: false,
      note: a.extractionNote ?? null,
      language: a.language,
      publishedAt: a.publishedAt,
      site: a.site,
    };
  } catch {
    return { text: '', refused: true };
  }
}

const BLOCK_START =
  /<(p|div|br|li|h[1-6]|tr|td|th|section|article|blockquote|figure|figcaption|pre|ul|ol|table|dd|dt)\b/gi;

/** Mozilla Readability on linkedom with its defaults and nothing else: the floor we must not fall below. */
export function plainReadability(html: string): Extracted {
  try {
    const result = new Readability(forReadability(parsePage(html))).parse();
    if (!result?.content) return { text: '', refused: true };
    // Block boundaries become line breaks so words of adjacent paragraphs do not glue together.
    const doc = parsePage(
      `<!DOCTYPE html><html><body>${result.content.replace(BLOCK_START, '\n$&')}</body></html>`,
    );
    const text = (doc.body?.textContent ?? '').trim();
    return { text, refused: text.length === 0 };
  } catch {
    return { text: '', refused: true };
  }
}
