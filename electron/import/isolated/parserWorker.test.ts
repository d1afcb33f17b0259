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

  // Worker start-up loads the TypeScript sources through tsx: seconds on a busy machine.
  const STARTS = 60_000;

  it(
    'a warmed pool has its worker started before the first job and runs jobs in it',
    async () => {
      const warm = new ParserPool(1, { timeoutMs: 60_000, maxMemoryMb: 256 });
      expect(warm.threadIds).toEqual([]);
      await warm.warm();
      const started = warm.threadIds;
      expect(started).toHaveLength(1);
      const at = new Date().toISOString();
      const out = await warm.parse({ kind: 'text', text: 'Warm report\n\nThe council met.', capturedAt: at });
      expect(out.kind === 'text' && out.article.title).toBe('Warm report');
      expect(warm.threadIds).toEqual(started);
      await warm.close();
      expect(warm.threadIds).toEqual([]);
    },
    STARTS,
  );

  it(
    'a warmed pool replaces a worker its job stopped at once, before any next job',
    async () => {
      const impatient = new ParserPool(1, { timeoutMs: 1, maxMemoryMb: 256 });
      await impatient.warm();
      const [first] = impatient.threadIds;
      const bytes = await fixture('pdf/two-page-article.pdf');
      await expect(impatient.parse({ kind: 'pdf', bytes, fileName: 'slow.pdf' })).rejects.toThrow(
        /took longer/,
      );
      expect(impatient.threadIds).toHaveLength(1);
      expect(impatient.threadIds[0]).not.toBe(first);
      await impatient.close();
    },
    STARTS,
  );
});
