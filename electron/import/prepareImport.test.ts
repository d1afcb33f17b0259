import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareHtmlPaste, prepareImport, prepareText } from './prepareImport';

const AT = '2025-06-12T15:00:00Z';
const fixture = (path: string): Promise<Buffer> => readFile(join(__dirname, '../../test/fixtures', path));
const PROSE =
  'The harbour board voted on Monday to award a four-year dredging contract to a regional consortium.';

describe('prepareImport', () => {
  it.each([
    ['text', () => prepareText(`Dredging vote\n\n${PROSE}`, { capturedAt: AT, title: ' Board vote ' })],
    [
      'HTML',
      () =>
        prepareHtmlPaste(`<h1>Dredging vote</h1><p>${PROSE}</p>`, { capturedAt: AT, title: ' Board vote ' }),
    ],
  ])('a title typed for pasted %s replaces the one found and is recorded as typed', async (_, paste) => {
    const prepared = await paste();
    expect(prepared).toMatchObject({ kind: 'paste', title: 'Board vote', url: null });
    expect(prepared.metadataSources.title).toBe('typed by you');
  });

  it('keeps the title found in a paste when none is typed', async () => {
    const prepared = await prepareText(`Dredging vote\n\n${PROSE}`, { capturedAt: AT, title: '  ' });
    expect(prepared.title).toBe('Dredging vote');
    expect(prepared.metadataSources.title).not.toBe('typed by you');
  });

  it.each([
    ['pdf/two-page-article.pdf', 'pdf'],
    ['docx/ferry-article.docx', 'docx'],
  ])(
    '%s has no web-page metadata: site, page dates, canonical address and language are empty',
    async (path, kind) => {
      const prepared = await prepareImport(await fixture(path), { fileName: path, capturedAt: AT });
      expect(prepared).toMatchObject({
        kind,
        site: null,
        publishedApproximate: false,
        modifiedAt: null,
        canonicalUrl: null,
        language: null,
      });
      if (kind === 'docx') expect(prepared.publishedAt).toBeNull();
    },
  );
});
