import type { ExtractedArticle } from '../../../shared/import/types';
import { extractFromText } from '../../../shared/import/extractFromText';
import type { FlatNote } from '../../../shared/quotes';
import { fieldTokens, type FieldTokens } from '../../../shared/search/fieldTokens';
import { signText } from '../../../shared/similarity';
import type { DocxExtract } from '../docx/extractDocx';
import type { PdfExtract } from '../pdf/extractPdf';

/** One extraction, as sent to a parser worker. `label` names a paste (which has no file name) in errors. */
export type ParseJob = { label?: string } & (
  | { kind: 'pdf' | 'docx'; bytes: Uint8Array; fileName: string }
  | { kind: 'html'; html: string; fileName?: string; capturedAt: string; url?: string }
  | { kind: 'text'; text: string; fileName?: string; capturedAt: string }
  | { kind: 'draft'; bytes: Uint8Array; fileName: string }
  | { kind: 'tokens'; texts: string[] }
);

export type ParseOutput =
  | { kind: 'pdf'; pdf: PdfExtract }
  | { kind: 'docx'; docx: DocxExtract }
  | { kind: 'html' | 'text'; article: ExtractedArticle; signature: Uint32Array }
  | { kind: 'draft'; flat: FlatNote }
  | { kind: 'tokens'; tokens: FieldTokens[] };

/** The article with its near-duplicate signature, made here so a long text is not read again on the main thread. */
const signed = (kind: 'html' | 'text', article: ExtractedArticle): ParseOutput => ({
  kind,
  article,
  signature: signText(article.text),
});

/**
 * The work a parser worker does for one job (also callable in-process). Each reader is loaded on
 * first use, so a worker that only ever reads pasted text starts without the PDF and Word readers.
 */
export async function runJob(job: ParseJob): Promise<ParseOutput> {
  switch (job.kind) {
    case 'pdf': {
      const { extractPdf } = await import('../pdf/extractPdf');
      return { kind: 'pdf', pdf: await extractPdf(job.bytes, job.fileName) };
    }
    case 'docx': {
      const { extractDocx } = await import('../docx/extractDocx');
      return { kind: 'docx', docx: await extractDocx(job.bytes, job.fileName) };
    }
    case 'html': {
      const { extractFromHtml } = await import('../html/extractFromHtml');
      return signed('html', extractFromHtml(job.html, { capturedAt: job.capturedAt, url: job.url }));
    }
    case 'text':
      return signed(
        'text',
        extractFromText(job.text, { capturedAt: job.capturedAt, fileName: job.fileName }),
      );
    case 'tokens':
      // The search index's words of long texts, so indexing them costs the main thread only integers.
      return { kind: 'tokens', tokens: job.texts.map(fieldTokens) };
    case 'draft': {
      const { readDraft } = await import('../../quotes/readDraft');
      return { kind: 'draft', flat: await readDraft(job.bytes, job.fileName) };
    }
  }
}

/**
 * Loads the web-page reader ahead of time in a warmed worker (pastes, pages and addresses all
 * use it); the PDF and Word readers stay unloaded until a file needs them, to keep idle memory low.
 */
export async function prepare(): Promise<void> {
  await import('../html/extractFromHtml');
}
