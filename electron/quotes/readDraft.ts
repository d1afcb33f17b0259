import { extname } from 'node:path';
import { parsePage } from '../dom/parsePage';
import { AppError } from '../../shared/errors';
import { FlatBuilder, flattenPlainText, type FlatNote } from '../../shared/quotes';
import { extractDocx } from '../import/docx/extractDocx';
import { htmlToBlocks } from '../import/docx/htmlToBlocks';

/** Largest draft read (a long feature is well under 1 MB of text). */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

export const DRAFT_FORMATS = ['.md', '.markdown', '.txt', '.docx', '.html', '.htm'] as const;

function fromBlocks(blocks: Array<{ kind: 'p' | 'h' | 'li' | 'quote'; text: string }>): FlatNote {
  const out = new FlatBuilder();
  let group = 0;
  let previous: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'quote' && previous !== 'quote') group++;
    out.startBlock(block.kind === 'quote' ? 'quote' : 'p', block.kind === 'quote' ? group : -1);
    out.addText(block.text);
    previous = block.kind;
  }
  return out.finish();
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/**
 * A draft written in another editor, as flat text with its paragraphs and block quotes: Markdown
 * and plain text by lines (">" marks a block quote), HTML and Word through the importer's block
 * reader. Nothing in the draft runs; scripts and styles are not text.
 */
export async function readDraft(bytes: Uint8Array, fileName: string): Promise<FlatNote> {
  if (bytes.length > MAX_DRAFT_BYTES)
    throw new AppError('INVALID_INPUT', `“${fileName}” is larger than 20 MB; a draft is much smaller.`);
  const ext = extname(fileName).toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return flattenPlainText(decode(bytes));
  if (ext === '.html' || ext === '.htm') {
    // A whole page: read its body (the block reader expects body content).
    const document = parsePage(decode(bytes));
    return fromBlocks(htmlToBlocks(document.body?.innerHTML ?? '').blocks);
  }
  if (ext === '.docx') return fromBlocks((await extractDocx(bytes, fileName)).blocks);
  throw new AppError(
    'INVALID_INPUT',
    `“${fileName}” is not a draft this app reads: use a .md, .txt, .docx or .html file.`,
  );
}
