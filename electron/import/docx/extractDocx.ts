import mammoth from 'mammoth';
import { AppError } from '../../../shared/errors';
import { splitAuthors } from '../pdf/splitAuthors';
import { htmlToBlocks, type DocxBlock } from './htmlToBlocks';
import { checkZipBudget, listZip, readZipEntry, ZipTooLargeError, type ZipEntry } from './readZip';

export interface DocxExtract {
  title: string | null;
  authors: string[];
  /** Body blocks in order; a leading Title/Heading 1 used as `title` is not repeated here. */
  blocks: Array<{ kind: 'p' | 'h' | 'li' | 'quote'; text: string }>;
  /** Note texts; the body shows `[k]` where note k (1-based) was referenced. */
  footnotes: string[];
}

/** Word's own quote and title styles are not in mammoth's default map. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

const fail = (fileName: string, what: string): AppError =>
  new AppError('IMPORT_FAILED', `“${fileName}” ${what}.`);

/** A bomb or a huge document is not damaged: it is refused for its size, in those words. */
const tooLarge = (fileName: string, error: ZipTooLargeError): AppError =>
  new AppError(
    'IMPORT_TOO_LARGE',
    `“${fileName}” was not imported: ${error.message}, more than this app reads.`,
    {
      limit: error.limit,
      kind: error.kind,
    },
  );

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/** An OLE container is either a protected OOXML file or an old binary .doc; both need re-saving. */
function describeOle(bytes: Uint8Array, fileName: string): AppError {
  const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('utf16le');
  if (names.includes('EncryptedPackage')) {
    return fail(fileName, 'is password-protected; open it, save an unprotected copy, then import that');
  }
  return fail(
    fileName,
    'is an older Word (.doc) or other Office file; open it and save it as .docx, then import that',
  );
}

const decodeXml = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
    );

/** dc:title and dc:creator from docProps/core.xml, when present and not empty. */
function readCoreProps(
  bytes: Uint8Array,
  entry: ZipEntry | undefined,
): { title: string | null; creator: string | null } {
  if (!entry) return { title: null, creator: null };
  const xml = new TextDecoder().decode(readZipEntry(bytes, entry));
  const field = (name: string): string | null => {
    const match = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
    const value = match ? decodeXml(match[1]!).replace(/\s+/g, ' ').trim() : '';
    return value || null;
  };
  return { title: field('title'), creator: field('creator') };
}

/** Opens the zip and checks that it is a Word document we can read, before mammoth sees it. */
function inspectPackage(
  bytes: Uint8Array,
  fileName: string,
): { title: string | null; creator: string | null } {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw describeOle(bytes, fileName);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw fail(fileName, 'is not a Word document (.docx)');
  let entries: Map<string, ZipEntry>;
  try {
    entries = listZip(bytes);
    const main = entries.get('word/document.xml');
    if (!main) throw fail(fileName, 'is a zip archive but not a Word document (.docx)');
    if (main.encrypted)
      throw fail(fileName, 'is password-protected; open it, save an unprotected copy, then import that');
    checkZipBudget(bytes, entries);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipTooLargeError) throw tooLarge(fileName, error);
    throw fail(fileName, 'could not be read: the Word file is damaged or incomplete');
  }
  try {
    return readCoreProps(bytes, entries.get('docProps/core.xml'));
  } catch {
    // Missing metadata is no reason to refuse the text.
    return { title: null, creator: null };
  }
}

/** The Title/Heading 1 that opens the document, allowing a kicker or two ("Draft", "Embargoed") above it. */
function leadHeading(blocks: readonly DocxBlock[]): DocxBlock | undefined {
  const index = blocks.findIndex((b) => b.kind === 'h');
  const lead = blocks[index];
  if (!lead || lead.level !== 1 || index > 2) return undefined;
  return blocks.slice(0, index).every((b) => b.text.length <= 80) ? lead : undefined;
}

/** Reads a Word document into blocks and footnotes, with title and author from the file. */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<DocxExtract> {
  const core = inspectPackage(bytes, fileName);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Linked files could point anywhere on disk; images are not imported, so skip decoding them.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw fail(fileName, 'could not be read: the Word file is damaged or incomplete');
  }
  const { blocks, footnotes } = htmlToBlocks(html);
  const lead = leadHeading(blocks);
  const body = lead ? blocks.filter((b) => b !== lead) : blocks;
  if (body.length === 0 && !lead) throw fail(fileName, 'has no text, so nothing was imported');
  return {
    title: lead?.text ?? core.title,
    authors: splitAuthors(core.creator),
    blocks: body.map(({ kind, text }) => ({ kind, text })),
    footnotes,
  };
}
