import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../scripts/fixtures/pdfWriter';
import { extractPdf } from './extractPdf';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/pdf', name)));

describe('extractPdf', () => {
  it('reads both pages of the article in reading order, with metadata', async () => {
    const bytes = fixture('two-page-article.pdf');
    const result = await extractPdf(bytes, 'two-page-article.pdf');
    expect(result.title).toBe('Harbour Town Audit Finds Gaps in Water Records');
    expect(result.authors).toEqual(['Mara Quill', 'Tomas Brevik']);
    expect(result.publishedAt).toBe('2024-03-12T08:30:00.000Z');
    expect(result.pages.map((p) => p.page)).toEqual([1, 2]);
    const [first, second] = result.pages.map((p) => p.text.split('\n\n'));
    expect(first).toEqual([
      'Harbour Town Audit Finds Gaps in Water Records',
      'By Mara Quill and Tomas Brevik',
      'Auditors hired by the Harbour Town council found that the municipal water utility could not account for eleven months of meter readings between 2021 and 2022, according to a report released on Tuesday.',
      'The report says the missing readings cover the eastern district, where residents complained about unexplained charges. The utility said a software migration had corrupted the archive and that no customer was overbilled.',
    ]);
    expect(second).toHaveLength(2);
    expect(second![0]).toMatch(
      /^Council member Ines Varga .* "We need the raw data, not a summary," she said\.$/,
    );
    // The caller's buffer is still usable: pdf.js got a copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('drops the running header and the bare page numbers', async () => {
    const result = await extractPdf(fixture('two-page-article.pdf'), 'two-page-article.pdf');
    const all = result.pages.map((p) => p.text).join('\n\n');
    expect(all).not.toContain('Harbour Ledger - Investigations');
    expect(all.split('\n\n')).not.toContain('1');
    expect(all.split('\n\n')).not.toContain('2');
    expect(result.removed).toEqual(expect.arrayContaining(['The Harbour Ledger - Investigations', '1', '2']));
  });

  it('asks for an unprotected copy of a password-protected PDF', async () => {
    await expect(extractPdf(fixture('encrypted.pdf'), 'locked.pdf')).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: '“locked.pdf” is password-protected; open it, save an unprotected copy, then import that.',
    });
  });

  it('says a PDF with only an image has no text layer', async () => {
    await expect(extractPdf(fixture('image-only.pdf'), 'scan.pdf')).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: '“scan.pdf” has no text layer (it is probably a scan); run OCR on it first.',
    });
  });

  it('calls random bytes behind a PDF header damaged', async () => {
    let seed = 7;
    const noise = Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff,
    );
    const bytes = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...noise]);
    await expect(extractPdf(bytes, 'broken.pdf')).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: '“broken.pdf” could not be read: the PDF is damaged or incomplete.',
    });
  });

  it('gives up after timeoutMs', async () => {
    const line = { x: 72, y: 700, size: 11, text: 'A line of invented filler text for a long document.' };
    const bytes = writePdf(Array.from({ length: 300 }, () => ({ lines: [line] })));
    await expect(extractPdf(bytes, 'long.pdf', { timeoutMs: 5 })).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: '“long.pdf” took longer than 5 ms to read, so it was not imported.',
    });
  });
});
