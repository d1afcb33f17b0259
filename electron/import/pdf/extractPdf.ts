import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../shared/errors';
import { dropRunningLines } from './dropRunningLines';
import { groupLines, linesToParagraphs, type PdfLine } from './layoutPageText';
import { splitAuthors } from './splitAuthors';

export interface PdfExtract {
  title: string | null;
  authors: string[];
  /** From the document's CreationDate, as ISO 8601. */
  publishedAt: string | null;
  /** Reading-order text per page, paragraphs separated by blank lines. */
  pages: Array<{ page: number; text: string }>;
  /** Running headers, footers and page numbers that were left out. */
  removed: string[];
}

export interface ExtractPdfOptions {
  timeoutMs?: number;
}

type Pdfjs = typeof PdfjsModule;
type ContentItem = Awaited<ReturnType<PdfjsModule.PDFPageProxy['getTextContent']>>['items'][number];

/** Marked-content items carry no text. */
const isTextItem = (item: ContentItem): item is Extract<ContentItem, { str: string }> => 'str' in item;

let pdfjsPromise: Promise<Pdfjs> | null = null;

/** Loads pdf.js once, with its worker code running in this thread. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    // Registering the worker module on globalThis makes pdf.js use it in-process instead of
    // resolving a worker file by URL, which breaks once the main process is bundled.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

/** Local folders with CMaps and standard fonts, so CJK and unembedded-font text decodes without any network. */
function dataFolders(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return {};
  }
}

const fail = (fileName: string, what: string): AppError =>
  new AppError('IMPORT_FAILED', `“${fileName}” ${what}.`);

/** Words pdf.js errors into a reporter-facing reason. */
function describeFailure(error: unknown, fileName: string): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return fail(fileName, 'is password-protected; open it, save an unprotected copy, then import that');
  }
  return fail(fileName, 'could not be read: the PDF is damaged or incomplete');
}

/** "Microsoft Word - Draft.docx" and "untitled" are what tools write when nobody set a title. */
function cleanTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = raw
    .replace(/^Microsoft Word - /, '')
    .replace(/\.(docx?|pdf|odt|rtf)$/i, '')
    .trim();
  return title && !/^untitled$/i.test(title) ? title : null;
}

async function readDocument(
  pdfjs: Pdfjs,
  task: ReturnType<Pdfjs['getDocument']>,
  fileName: string,
): Promise<PdfExtract> {
  const doc = await task.promise;
  // pdf.js types the info dictionary as a bare Object.
  const info: Record<string, unknown> = { ...(await doc.getMetadata()).info };
  const pageLines: PdfLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pageLines.push(groupLines(content.items.filter(isTextItem)));
    page.cleanup();
  }
  const { pages, removed } = dropRunningLines(pageLines);
  const texts = pages.map((lines, i) => ({ page: i + 1, text: linesToParagraphs(lines).join('\n\n') }));
  if (!texts.some((p) => /\p{L}|\p{N}/u.test(p.text))) {
    throw fail(fileName, 'has no text layer (it is probably a scan); run OCR on it first');
  }
  const created =
    typeof info.CreationDate === 'string' ? pdfjs.PDFDateString.toDateObject(info.CreationDate) : null;
  return {
    title: cleanTitle(info.Title),
    authors: splitAuthors(info.Author),
    publishedAt: created && !Number.isNaN(created.getTime()) ? created.toISOString() : null,
    pages: texts,
    removed,
  };
}

/** Reads a PDF's text page by page in reading order, without network access or font loading. */
export async function extractPdf(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractPdfOptions = {},
): Promise<PdfExtract> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A fresh copy: pdf.js may detach the buffer it is given, and refuses Node Buffers.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...dataFolders(),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const seconds = Math.round(timeoutMs / 1000);
    const took = seconds >= 1 ? `${seconds} seconds` : `${timeoutMs} ms`;
    timer = setTimeout(
      () => reject(fail(fileName, `took longer than ${took} to read, so it was not imported`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([readDocument(pdfjs, task, fileName), timeout]);
  } catch (error) {
    throw describeFailure(error, fileName);
  } finally {
    clearTimeout(timer);
    void task.destroy();
  }
}
