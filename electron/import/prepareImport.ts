import { AppError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/contract/limits';
import type { Extraction, SourceKind } from '../../shared/model';
import type { ArticleBlock, ExtractedArticle } from '../../shared/import/types';
import { NO_PAGE_METADATA } from '../../shared/import/assembleArticle';
import { decodeText } from './decodeText';
import { detectFileType } from './detectFileType';
import type { ParseJob } from './isolated/parseJob';
import { parserPool } from './isolated/parserWorker';

export const IMPORTER_VERSION = '0.2.0';

/** Everything the notebook needs from one file, before anything is written: the article's metadata and more. */
export interface PreparedImport extends Omit<ExtractedArticle, 'text' | 'blocks' | 'removed' | 'provenance'> {
  kind: SourceKind;
  mediaType: string;
  url: string | null;
  /** Clean body text, paragraphs separated by blank lines. */
  text: string;
  extraction: Extraction;
  metadataSources: Record<string, string>;
  notes: string[];
  /** The text's near-duplicate signature when the parser worker made it (pages and text). */
  signature?: Uint32Array;
}

export interface PrepareOptions {
  fileName: string;
  capturedAt: string;
  /** The address a page was captured from, for URL imports. */
  url?: string;
}

/** What the reporter is told when the importer is unsure of the text it kept. */
const EXTRACTION_NOTES: Record<NonNullable<ExtractedArticle['extractionNote']>, string> = {
  'little-prose':
    'Little article-like text was found in this page, so its text is kept as the page shows it, uncleaned. Check it against the original.',
  'visible-text':
    'No article was recognised in this page, so all of its visible text was imported. Check it against the original.',
};

const UNSUPPORTED: Record<string, string> = {
  zip: 'it is a zip archive, not an article',
  binary: 'it is not a text document (it looks like an image, program or other binary file)',
};

/** Joins blocks into the clean text and records where each one starts and ends. */
export function layoutBlocks(blocks: ArticleBlock[]): { text: string; spans: Extraction['blocks'] } {
  const spans: Extraction['blocks'] = [];
  let text = '';
  for (const block of blocks) {
    const body = block.text.trim();
    if (body.length === 0) continue;
    if (text.length > 0) text += '\n\n';
    spans.push({ kind: block.kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, spans };
}

function fromArticle(
  { article, signature }: { article: ExtractedArticle; signature: Uint32Array },
  base: Pick<PreparedImport, 'kind' | 'mediaType' | 'url'>,
  notes: string[],
): PreparedImport {
  const laidOut = layoutBlocks(article.blocks);
  // The blocks are the structure of the text; if an extractor's text differs, the text wins.
  const useBlocks = laidOut.text === article.text;
  return {
    ...base,
    title: article.title,
    authors: article.authors,
    site: article.site,
    publishedAt: article.publishedAt,
    publishedApproximate: article.publishedApproximate,
    modifiedAt: article.modifiedAt,
    canonicalUrl: article.canonicalUrl,
    language: article.language,
    text: article.text,
    extraction: {
      version: 1,
      removed: article.removed,
      blocks: useBlocks
        ? laidOut.spans
        : layoutBlocks(article.text.split('\n\n').map((t) => ({ kind: 'p', text: t }))).spans,
      pages: [],
      footnotes: [],
    },
    metadataSources: article.provenance,
    notes: article.extractionNote ? [...notes, EXTRACTION_NOTES[article.extractionNote]] : notes,
    signature,
  };
}

const stem = (fileName: string): string => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** PDF and Word files are parsed in a worker with a time and memory limit (see ParserPool). */
async function parseIsolated(kind: 'pdf' | 'docx', bytes: Uint8Array, fileName: string) {
  return parserPool().parse({ kind, bytes, fileName });
}

/**
 * Web pages and plain text too, pasted or from a file: the same workers and limits, so no page or
 * paste can hold the main thread, and parsing spreads over the cores.
 */
async function extractIsolated(
  job: Extract<ParseJob, { kind: 'html' | 'text' }>,
): Promise<{ article: ExtractedArticle; signature: Uint32Array }> {
  const output = await parserPool().parse(job);
  if (output.kind !== 'html' && output.kind !== 'text')
    throw new AppError('INTERNAL', 'The page reader answered for another file type.');
  return output;
}

async function fromPdf(bytes: Uint8Array, options: PrepareOptions): Promise<PreparedImport> {
  const output = await parseIsolated('pdf', bytes, options.fileName);
  if (output.kind !== 'pdf') throw new AppError('INTERNAL', 'The PDF reader answered for another file type.');
  const pdf = output.pdf;
  const pages: Extraction['pages'] = [];
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  for (const page of pdf.pages) {
    const paragraphs = page.text
      .split(/\n{2,}/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) continue;
    const start = blocks.length === 0 ? 0 : offset + 2;
    blocks.push(...paragraphs.map((text) => ({ kind: 'p' as const, text })));
    offset = layoutBlocks(blocks).text.length;
    pages.push({ page: page.page, start, end: offset });
  }
  const { text, spans } = layoutBlocks(blocks);
  return {
    kind: 'pdf',
    mediaType: 'application/pdf',
    ...NO_PAGE_METADATA,
    title: pdf.title ?? stem(options.fileName),
    authors: pdf.authors,
    publishedAt: pdf.publishedAt,
    url: options.url ?? null,
    text,
    extraction: { version: 1, removed: pdf.removed, blocks: spans, pages, footnotes: [] },
    metadataSources: {
      title: pdf.title ? 'PDF document info' : 'file name',
      ...(pdf.authors.length > 0 ? { authors: 'PDF document info' } : {}),
      ...(pdf.publishedAt ? { publishedAt: 'PDF creation date' } : {}),
    },
    notes: [],
  };
}

async function fromDocx(bytes: Uint8Array, options: PrepareOptions): Promise<PreparedImport> {
  const output = await parseIsolated('docx', bytes, options.fileName);
  if (output.kind !== 'docx')
    throw new AppError('INTERNAL', 'The Word reader answered for another file type.');
  const docx = output.docx;
  const notes: ArticleBlock[] =
    docx.footnotes.length > 0
      ? [
          { kind: 'h', text: 'Notes' },
          ...docx.footnotes.map((f, i) => ({ kind: 'p' as const, text: `[${i + 1}] ${f}` })),
        ]
      : [];
  const { text, spans } = layoutBlocks([...docx.blocks, ...notes]);
  return {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ...NO_PAGE_METADATA,
    title: docx.title ?? stem(options.fileName),
    authors: docx.authors,
    url: options.url ?? null,
    text,
    extraction: { version: 1, removed: [], blocks: spans, pages: [], footnotes: docx.footnotes },
    metadataSources: {
      title: docx.title ? 'document title' : 'file name',
      ...(docx.authors.length > 0 ? { authors: 'document properties' } : {}),
    },
    notes: [],
  };
}

function requireText(prepared: PreparedImport, label: string): PreparedImport {
  if (prepared.text.trim().length === 0) {
    throw new AppError(
      'IMPORT_FAILED',
      `${label} has no article text that could be read, so nothing was imported.`,
    );
  }
  return prepared;
}

/** Makes sure a failure names what failed, whichever extractor raised it. */
function naming(label: string, error: unknown): unknown {
  if (error instanceof AppError && !error.message.includes(label)) {
    return new AppError(error.code, `${label}: ${error.message}`, error.details);
  }
  return error;
}

/** Reads one file's bytes into an article, or fails with a message that names the file. Writes nothing. */
export async function prepareImport(bytes: Uint8Array, options: PrepareOptions): Promise<PreparedImport> {
  try {
    return await prepareImportUnlabelled(bytes, options);
  } catch (error) {
    throw naming(`“${options.fileName}”`, error);
  }
}

async function prepareImportUnlabelled(bytes: Uint8Array, options: PrepareOptions): Promise<PreparedImport> {
  const { fileName, capturedAt } = options;
  const label = `“${fileName}”`;
  if (bytes.length === 0)
    throw new AppError('IMPORT_FAILED', `${label} is empty, so there is nothing to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_FAILED', `${label} is larger than 50 MB, so it was not imported.`);
  }
  const type = detectFileType(bytes, fileName);
  const reason = UNSUPPORTED[type];
  if (reason) throw new AppError('IMPORT_FAILED', `${label} was not imported: ${reason}.`);
  if (type === 'pdf') return requireText(await fromPdf(bytes, options), label);
  if (type === 'docx') return requireText(await fromDocx(bytes, options), label);
  const decoded = decodeText(bytes, fileName);
  const notes = decoded.note ? [decoded.note] : [];
  if (type === 'html') {
    const extracted = await extractIsolated({
      kind: 'html',
      html: decoded.text,
      fileName,
      capturedAt,
      url: options.url,
    });
    return requireText(
      fromArticle(
        extracted,
        { kind: options.url ? 'url' : 'html', mediaType: 'text/html', url: options.url ?? null },
        notes,
      ),
      label,
    );
  }
  const extracted = await extractIsolated({ kind: 'text', text: decoded.text, fileName, capturedAt });
  return requireText(
    fromArticle(extracted, { kind: 'text', mediaType: 'text/plain', url: options.url ?? null }, notes),
    label,
  );
}

interface PasteOptions {
  capturedAt: string;
  /** A title the reporter typed; it replaces the one found and is recorded as typed. */
  title?: string;
}

/** Pasted plain text into an article. */
export function prepareText(text: string, options: PasteOptions): Promise<PreparedImport> {
  const label = 'The pasted text';
  return preparePaste({ kind: 'text', text, capturedAt: options.capturedAt, label }, 'text/plain', options);
}

/** Pasted HTML (clipboard text/html) into an article. */
export function prepareHtmlPaste(html: string, options: PasteOptions): Promise<PreparedImport> {
  const label = 'The pasted page';
  return preparePaste({ kind: 'html', html, capturedAt: options.capturedAt, label }, 'text/html', options);
}

async function preparePaste(
  job: Extract<ParseJob, { kind: 'html' | 'text' }> & { label: string },
  mediaType: string,
  { title }: PasteOptions,
): Promise<PreparedImport> {
  const prepared = fromArticle(await extractIsolated(job), { kind: 'paste', mediaType, url: null }, []);
  if (title?.trim()) {
    prepared.title = title.trim();
    prepared.metadataSources = { ...prepared.metadataSources, title: 'typed by you' };
  }
  return requireText(prepared, job.label);
}
