import { extractDocx, type DocxExtract } from '../docx/extractDocx';
import { extractPdf, type PdfExtract } from '../pdf/extractPdf';

export interface ParseJob {
  kind: 'pdf' | 'docx';
  bytes: Uint8Array;
  fileName: string;
}

export type ParseOutput = { kind: 'pdf'; pdf: PdfExtract } | { kind: 'docx'; docx: DocxExtract };

/** The work a parser worker does for one file (also callable in-process). */
export async function runParseJob(job: ParseJob): Promise<ParseOutput> {
  return job.kind === 'pdf'
    ? { kind: 'pdf', pdf: await extractPdf(job.bytes, job.fileName) }
    : { kind: 'docx', docx: await extractDocx(job.bytes, job.fileName) };
}
