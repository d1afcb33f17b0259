import { AppError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/contract';
import type { SourceKind } from '../../shared/model';
import { decodeText } from './decodeText';
import { detectFileType } from './detectFileType';
import { extractArticleFromText } from './extractArticleFromText';

export const IMPORTER_VERSION = '0.1.0';

/** Everything the notebook needs from one file, before anything is written. */
export interface PreparedImport {
  kind: SourceKind;
  mediaType: string;
  title: string;
  authors: string[];
  site: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  /** Clean body text, paragraphs separated by blank lines. */
  text: string;
  removed: string[];
  notes: string[];
}

const UNSUPPORTED: Record<string, string> = {
  pdf: 'PDF import is not available yet',
  docx: 'Word import is not available yet',
  zip: 'it is a zip archive, not an article',
  binary: 'it is not a text document',
};

/** Reads one file's bytes into an article, or fails with a message that names the file. */
export function prepareImport(bytes: Uint8Array, fileName: string, capturedAt: string): PreparedImport {
  if (bytes.length === 0) throw new AppError('IMPORT_FAILED', `“${fileName}” is empty, so there is nothing to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_FAILED', `“${fileName}” is larger than 50 MB, so it was not imported.`);
  }
  const type = detectFileType(bytes, fileName);
  const reason = UNSUPPORTED[type];
  if (reason) throw new AppError('IMPORT_FAILED', `“${fileName}” was not imported: ${reason}.`);
  if (type === 'html') throw new AppError('IMPORT_FAILED', `“${fileName}” was not imported: web page import is not available yet.`);
  const decoded = decodeText(bytes, fileName);
  return fromPlainText(decoded.text, { fileName, capturedAt, kind: 'text', notes: decoded.note ? [decoded.note] : [] });
}

/** Pasted or decoded plain text into an article. */
export function fromPlainText(
  text: string,
  options: { fileName?: string; capturedAt: string; kind: SourceKind; title?: string; notes?: string[] },
): PreparedImport {
  const label = options.fileName ? `“${options.fileName}”` : 'The pasted text';
  const article = extractArticleFromText(text, { capturedAt: options.capturedAt, fileName: options.fileName });
  if (article.text.trim().length === 0) {
    throw new AppError('IMPORT_FAILED', `${label} has no readable text, so nothing was imported.`);
  }
  return {
    kind: options.kind,
    mediaType: 'text/plain',
    title: options.title?.trim() || article.title,
    authors: article.authors,
    site: article.site,
    publishedAt: article.publishedAt,
    url: null,
    language: article.language,
    text: article.text,
    removed: article.removed,
    notes: options.notes ?? [],
  };
}
