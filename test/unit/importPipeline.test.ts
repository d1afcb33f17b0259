import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

const fixture = (path: string): Promise<Buffer> => readFile(join(__dirname, '../fixtures', path));
const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

async function open() {
  const session = await NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
  return { session, h: session.handlers };
}

const ARTICLE = [
  'Harbour board approves dredging contract',
  '',
  'The harbour board voted on Monday to award a four-year dredging contract worth 12 million to a consortium led by a regional builder, after a meeting that ran late into the evening.',
  '',
  'Board members said the eastern channel had silted up faster than forecast and that larger ferries could no longer dock at low tide without risk to their hulls.',
  '',
  'Residents of the lower town asked for an independent survey of the seabed before any work begins, citing damage to the beach after the last dredging twelve years ago.',
  '',
  'The consortium said it would publish monitoring data every month and would stop work if silt levels near the beach rose above an agreed limit.',
].join('\n');

describe('import pipeline', () => {
  it('imports a news page with provenance: both hashes, capture time, importer, metadata sources, removed chrome', async () => {
    const { session, h } = await open();
    const bytes = await fixture('articles/html/01-classic-courier.html');
    const result = await session.importBytes('courier.html', bytes);
    const details = await h.getSourceDetails({ id: result.sourceId });
    const { text } = await h.getSource({ id: result.sourceId });
    expect(details.source).toMatchObject({
      kind: 'html',
      original: { sha256: sha(bytes), fileName: 'courier.html', size: bytes.length },
    });
    expect(details.source.textSha256).toBe(sha(text));
    expect(details.source.importer.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(details.source.metadataSources)).toContain('title');
    expect(details.extraction?.removed.length).toBeGreaterThan(0);
    const original = await session.notebook.originals.get(details.source.original.sha256);
    expect(Buffer.compare(original, bytes)).toBe(0);
    await session.close();
  });

  it('keeps PDF page numbers as locators and Word footnotes', async () => {
    const { session, h } = await open();
    const pdf = await session.importBytes('report.pdf', await fixture('pdf/two-page-article.pdf'));
    const pdfDetails = await h.getSourceDetails({ id: pdf.sourceId });
    const pdfText = (await h.getSource({ id: pdf.sourceId })).text;
    expect(pdfDetails.source.kind).toBe('pdf');
    expect(pdfDetails.extraction?.pages.map((p) => p.page)).toEqual([1, 2]);
    const [first, second] = pdfDetails.extraction?.pages ?? [];
    expect(first?.start).toBe(0);
    expect(second?.end).toBe(pdfText.length);
    expect(pdfText.slice(second?.start ?? 0, second?.end).length).toBeGreaterThan(20);

    const docx = await session.importBytes('ferry.docx', await fixture('docx/ferry-article.docx'));
    const docxDetails = await h.getSourceDetails({ id: docx.sourceId });
    expect(docxDetails.extraction?.footnotes.length).toBeGreaterThan(0);
    expect((await h.getSource({ id: docx.sourceId })).text).toContain(
      `[1] ${docxDetails.extraction?.footnotes[0]}`,
    );
    await session.close();
  });

  it('links a rewritten copy both ways with a score and compares them word by word', async () => {
    const { session, h } = await open();
    const a = await session.importText(ARTICLE);
    const rewritten = ARTICLE.replace('four-year', 'five-year')
      .replace('on Monday', 'on Tuesday')
      .replace('twelve years ago', 'a decade ago');
    const b = await session.importText(rewritten);
    const [left, right] = [
      await h.getSourceDetails({ id: a.sourceId }),
      await h.getSourceDetails({ id: b.sourceId }),
    ];
    expect(right.similar).toEqual([expect.objectContaining({ sourceId: a.sourceId })]);
    expect(left.similar).toEqual([expect.objectContaining({ sourceId: b.sourceId })]);
    expect(right.similar[0]?.score).toBeGreaterThan(0.5);
    const listed = await h.listSources({});
    expect(listed.find((s) => s.id === b.sourceId)?.similar[0]?.sourceId).toBe(a.sourceId);

    const comparison = await h.compareSources({ leftId: a.sourceId, rightId: b.sourceId });
    const changedLeft = comparison.rows.flatMap((r) =>
      r.left.filter((s) => s.changed).map((s) => s.text.trim()),
    );
    const changedRight = comparison.rows.flatMap((r) =>
      r.right.filter((s) => s.changed).map((s) => s.text.trim()),
    );
    expect(changedLeft.join(' ')).toContain('four');
    expect(changedRight.join(' ')).toContain('five');
    expect(comparison.rows.map((r) => r.left.map((s) => s.text).join('')).join('')).toBe(
      (await h.getSource({ id: a.sourceId })).text,
    );
    await session.close();
  });

  it('lets the reporter correct metadata and restore removed text into the article', async () => {
    const { session, h } = await open();
    const page = await fixture('articles/html/01-classic-courier.html');
    const { sourceId } = await session.importBytes('courier.html', page);
    const corrected = await h.updateSourceMetadata({
      id: sourceId,
      authors: ['Jane Roe'],
      publishedAt: '2026-03-14',
    });
    expect(corrected).toMatchObject({ authors: ['Jane Roe'], publishedAt: '2026-03-14' });
    expect(corrected.metadataSources).toMatchObject({
      authors: 'user',
      publishedAt: 'user',
    });

    const before = await h.getSourceDetails({ id: sourceId });
    const block = before.extraction?.removed[0] ?? '';
    const restored = await h.restoreRemovedBlock({ id: sourceId, index: 0, at: 'end' });
    const { text } = await h.getSource({ id: sourceId });
    expect(text.endsWith(`\n\n${block}`)).toBe(true);
    expect(restored.textSha256).toBe(sha(text));
    expect((await h.getSourceDetails({ id: sourceId })).extraction?.removed).toEqual(
      before.extraction?.removed.slice(1),
    );
    await session.close();
  });
});
