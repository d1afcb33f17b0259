import type { ExtractedArticle } from '../../../shared/import/types';
import { extractDocx, type DocxExtract } from '../docx/extractDocx';
import { extractFromHtml } from '../html/extractFromHtml';
import { extractPdf, type PdfExtract } from '../pdf/extractPdf';

export type ParseJob =
  | { kind: 'pdf' | 'docx'; bytes: Uint8Array; fileName: string }
  | { kind: 'html'; html: string; fileName: string; capturedAt: string; url?: string };

export type ParseOutput =
  | { kind: 'pdf'; pdf: PdfExtract }
  | { kind: 'docx'; docx: DocxExtract }
  | { kind: 'html'; article: ExtractedArticle };

/** The work a parser worker does for one file (also callable in-process). */
export async function runParseJob(job: ParseJob): Promise<ParseOutput> {
  switch (job.kind) {
    case 'pdf':
      return { kind: 'pdf', pdf: await extractPdf(job.bytes, job.fileName) };
    case 'docx':
      return { kind: 'docx', docx: await extractDocx(job.bytes, job.fileName) };
    case 'html':
      return {
        kind: 'html',
        article: extractFromHtml(job.html, { capturedAt: job.capturedAt, url: job.url }),
      };
  }
}
