import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, para } from '../../../scripts/fixtures/buildDocx';
import { ferryArticle } from '../../../scripts/fixtures/makeDocxFixtures';
import { writeZip } from '../../../scripts/fixtures/zipWriter';
import { extractDocx } from './extractDocx';

const fixture = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/docx/ferry-article.docx')),
);

const failsWith = (bytes: Uint8Array, fileName: string, message: string): Promise<void> =>
  expect(extractDocx(bytes, fileName)).rejects.toMatchObject({ code: 'IMPORT_FAILED', message });

describe('extractDocx', () => {
  it('reads title, author, blocks and footnotes from the committed fixture', async () => {
    const result = await extractDocx(fixture, 'ferry-article.docx');
    expect(result.title).toBe('Ferry Contract Questions Reach the Port Authority');
    expect(result.authors).toEqual(['Lena Marsh']);
    expect(result.blocks).toEqual([
      {
        kind: 'p',
        text: 'Records obtained by the newsroom show that the port authority extended a ferry maintenance contract twice without a tender.[1] The authority disputes that reading.',
      },
      { kind: 'h', text: 'What the records show' },
      {
        kind: 'p',
        text: 'The extensions added fourteen months and roughly 2.3 million euros to the original agreement.',
      },
      { kind: 'li', text: 'The first extension was signed in March 2022.' },
      { kind: 'li', text: 'The second followed in January 2023.' },
      { kind: 'li', text: 'Neither appears in the public procurement register.' },
      {
        kind: 'quote',
        text: '"We followed the procedure that was in place at the time," a spokesperson said.',
      },
    ]);
    expect(result.footnotes).toEqual([
      'Board minutes of 14 March 2022, obtained under the access to information law.',
    ]);
  });

  it('matches what the fixture generator says it wrote', () => {
    expect(Buffer.from(buildDocx(ferryArticle)).equals(Buffer.from(fixture))).toBe(true);
  });

  it('numbers several footnotes in order of the note list', async () => {
    const bytes = buildDocx({
      paragraphs: [para(['One', { footnote: 1 }, ' and two', { footnote: 2 }, '.'])],
      footnotes: ['First note.', 'Second note.'],
    });
    const result = await extractDocx(bytes, 'notes.docx');
    expect(result.blocks).toEqual([{ kind: 'p', text: 'One[1] and two[2].' }]);
    expect(result.footnotes).toEqual(['First note.', 'Second note.']);
  });

  it('falls back to dc:title when the document does not open with a heading', async () => {
    const bytes = buildDocx({
      paragraphs: [
        para([
          'A long opening paragraph that runs well past eighty characters, so it is body text and not a kicker.',
        ]),
        para(['Background'], { style: 'Heading1' }),
        para(['More text.']),
      ],
      core: { title: 'Port memo', creator: 'Microsoft Office User' },
    });
    const result = await extractDocx(bytes, 'memo.docx');
    expect(result.title).toBe('Port memo');
    expect(result.authors).toEqual([]);
    expect(result.blocks.map((b) => b.kind)).toEqual(['p', 'h', 'p']);
  });

  it('gives a null title when there is neither a heading nor dc:title', async () => {
    const result = await extractDocx(buildDocx({ paragraphs: [para(['Just text.'])] }), 'plain.docx');
    expect(result).toMatchObject({ title: null, authors: [], blocks: [{ kind: 'p', text: 'Just text.' }] });
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = writeZip([{ name: 'notes/readme.txt', data: 'hello' }]);
    await failsWith(zip, 'archive.docx', '“archive.docx” is a zip archive but not a Word document (.docx).');
  });

  it('refuses bytes that are not a zip at all', async () => {
    await failsWith(
      new TextEncoder().encode('just some text'),
      'fake.docx',
      '“fake.docx” is not a Word document (.docx).',
    );
  });

  it('calls a truncated file damaged', async () => {
    await failsWith(
      fixture.subarray(0, 1500),
      'cut.docx',
      '“cut.docx” could not be read: the Word file is damaged or incomplete.',
    );
  });

  it('calls a document part that is not XML damaged', async () => {
    const zip = writeZip([{ name: 'word/document.xml', data: '<w:document><unclosed' }]);
    await failsWith(zip, 'bad.docx', '“bad.docx” could not be read: the Word file is damaged or incomplete.');
  });

  it('recognises a password-protected Word file (an OLE container holding EncryptedPackage)', async () => {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Buffer.from('\0EncryptedPackage\0EncryptionInfo', 'utf16le'),
    ]);
    await failsWith(
      ole,
      'locked.docx',
      '“locked.docx” is password-protected; open it, save an unprotected copy, then import that.',
    );
  });

  it('asks for .docx when given an old binary .doc', async () => {
    const doc = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Buffer.from('WordDocument', 'utf16le'),
    ]);
    await failsWith(
      doc,
      'old.doc',
      '“old.doc” is an older Word (.doc) or other Office file; open it and save it as .docx, then import that.',
    );
  });
});
