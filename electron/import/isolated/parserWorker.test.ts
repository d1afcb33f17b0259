import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParserPool } from './parserWorker';

const fixture = (name: string) => readFile(join(import.meta.dirname, '../../../test/fixtures', name));

describe('ParserPool', () => {
  const pool = new ParserPool(1, { timeoutMs: 60_000, maxMemoryMb: 256 });
  afterAll(() => pool.close());

  it('parses PDF and Word files off the main thread', async () => {
    const pdf = await pool.parse({
      kind: 'pdf',
      bytes: await fixture('pdf/two-page-article.pdf'),
      fileName: 'a.pdf',
    });
    expect(pdf.kind === 'pdf' && pdf.pdf.pages.length).toBe(2);
    const docx = await pool.parse({
      kind: 'docx',
      bytes: await fixture('docx/ferry-article.docx'),
      fileName: 'b.docx',
    });
    expect(docx.kind === 'docx' && docx.docx.footnotes.length).toBeGreaterThan(0);
  });

  it('passes a parser’s own error through with its words', async () => {
    await expect(
      pool.parse({ kind: 'pdf', bytes: Buffer.from('%PDF-1.7 junk'), fileName: 'bad.pdf' }),
    ).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('bad.pdf'),
    });
  });

  it('abandons a file that takes too long, then works again with a fresh worker', async () => {
    const impatient = new ParserPool(1, { timeoutMs: 1, maxMemoryMb: 256 });
    const bytes = await fixture('pdf/two-page-article.pdf');
    await expect(impatient.parse({ kind: 'pdf', bytes, fileName: 'slow.pdf' })).rejects.toThrow(
      /slow\.pdf.*took longer than 1 second\b/,
    );
    await impatient.close();
    const again = await pool.parse({ kind: 'pdf', bytes, fileName: 'ok.pdf' });
    expect(again.kind).toBe('pdf');
  });

  it('runs one job per worker and queues the rest, so a slow job does not time out the ones behind it', async () => {
    const one = new ParserPool(1, { timeoutMs: 60_000, maxMemoryMb: 256 });
    const at = new Date().toISOString();
    const jobs = ['First', 'Second', 'Third'].map((word) =>
      one.parse({
        kind: 'text',
        text: `${word} report\n\nThe council met on Tuesday to vote.`,
        capturedAt: at,
      }),
    );
    const outputs = await Promise.all(jobs);
    expect(outputs.map((o) => (o.kind === 'text' ? o.article.title : null))).toEqual([
      'First report',
      'Second report',
      'Third report',
    ]);
    await one.close();
  });
});
