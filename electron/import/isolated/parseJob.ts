import type { ExtractedArticle } from '../../../shared/import/types';
import { extractFromText } from '../../../shared/import/extractFromText';
import type { FlatNote } from '../../../shared/quotes';
import { signText } from '../../../shared/similarity';
import { readDraft } from '../../quotes/readDraft';
import { extractDocx, type DocxExtract } from '../docx/extractDocx';
import { extractFromHtml } from '../html/extractFromHtml';
import { extractPdf, type PdfExtract } from '../pdf/extractPdf';

/** One extraction, as sent to a parser worker. `label` names a paste (which has no file name) in errors. */
export type ParseJob = { label?: string } & (
  | { kind: 'pdf' | 'docx'; bytes: Uint8Array; fileName: string }
  | { kind: 'html'; html: string; fileName?: string; capturedAt: string; url?: string }
  | { kind: 'text'; text: string; fileName?: string; capturedAt: string }
  | { kind: 'draft'; bytes: Uint8Array; fileName: string }
);

export type ParseOutput =
  | { kind: 'pdf'; pdf: PdfExtract }
  | { kind: 'docx'; docx: DocxExtract }
  | { kind: 'html' | 'text'; article: ExtractedArticle; signature: Uint32Array }
  | { kind: 'draft'; flat: FlatNote };

/** The article with its near-duplicate signature, made here so a long text is not read again on the main thread. */
const signed = (kind: 'html' | 'text', article: ExtractedArticle): ParseOutput => ({
  kind,
  article,
  signature: signText(article.text),
});

/** The work a parser worker does for one job (also callable in-process). */
export async function runJob(job: ParseJob): Promise<ParseOutput> {
  switch (job.kind) {
    case 'pdf':
      return { kind: 'pdf', pdf: await extractPdf(job.bytes, job.fileName) };
    case 'docx':
      return { kind: 'docx', docx: await extractDocx(job.bytes, job.fileName) };
    case 'html':
      return signed('html', extractFromHtml(job.html, { capturedAt: job.capturedAt, url: job.url }));
    case 'text':
      return signed(
        'text',
        extractFromText(job.text, { capturedAt: job.capturedAt, fileName: job.fileName }),
      );
    case 'draft':
      return { kind: 'draft', flat: await readDraft(job.bytes, job.fileName) };
  }
}
