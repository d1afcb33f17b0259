import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import mammoth from 'mammoth';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../electron/cli/packetCommands';
import { exportPacket, type ExportPacketResult } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import { CSV_BOM, parseCsv } from '../../shared/packet/csv';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let result: ExportPacketResult;
let files: Map<string, Uint8Array>;
const text = (path: string): string => Buffer.from(files.get(path) ?? new Uint8Array()).toString('utf8');
const schema = async (name: string): Promise<object> =>
  JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/schemas', name), 'utf8'));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-export-'));
  nb = await buildSampleNotebook(dir);
  result = await exportPacket(nb.session, { out: join(dir, 'all.zip') });
  files = await readPacketEntries(result.path);
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('packet export', () => {
  it('holds every promised file and says how much confidential material it left out', () => {
    const { harbour, river, secret } = nb.ids;
    for (const path of [
      'index.html',
      'annotations.jsonld',
      'bibliography.json',
      'bibliography.bib',
      'bibliography.ris',
      'claims.csv',
      'entities.csv',
      'highlights.csv',
      'manifest.json',
      'data/records.json',
      'notes/harbour-story-draft-1.md',
      'notes/harbour-story-draft-1.docx',
      'notes/river-notes.md',
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    for (const id of [harbour, river])
      for (const f of ['text.txt', 'source.json', 'original.txt'])
        expect(files.has(`sources/${id}/${f}`)).toBe(true);
    expect([...files.keys()].some((p) => p.includes(secret))).toBe(false);
    // The secret source's memo highlight and the confidential "Critics" highlight; both of noteA's citations of them.
    expect(result.leftOut).toEqual({ sources: 1, highlights: 2, entities: 1, citations: 2 });
    expect([...files.values()].some((data) => Buffer.from(data).includes('55 million'))).toBe(false);
    expect(text('data/records.json')).not.toContain(nb.ids.hidden.id);
    expect([...files.values()].some((data) => Buffer.from(data).includes('Anonymous Insider'))).toBe(false);
    const manifest = JSON.parse(text('manifest.json'));
    expect(manifest).toMatchObject({
      type: 'research-notebook-packet',
      version: 1,
      notebookId: nb.session.notebook.data.notebook.id,
      leftOut: result.leftOut,
    });
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.files).toHaveLength(files.size - 1);
  });

  it('keeps the original bytes exactly', async () => {
    const source = nb.session.notebook.requireSource(nb.ids.harbour);
    expect(Buffer.from(files.get(`sources/${source.id}/original.txt`) ?? [])).toEqual(
      await nb.session.notebook.originals.get(source.original.sha256),
    );
    expect(JSON.parse(text(`sources/${source.id}/source.json`))).toEqual(source);
  });

  it('includes confidential material only when asked, and then leaves nothing out', async () => {
    const open = await exportPacket(nb.session, { out: join(dir, 'open.zip'), includeConfidential: true });
    expect(open.leftOut).toEqual({ sources: 0, highlights: 0, entities: 0, citations: 0 });
    const entries = await readPacketEntries(open.path);
    expect(entries.has(`sources/${nb.ids.secret}/text.txt`)).toBe(true);
  });

  it('exports chosen notes with what they cite, or sources by tag', async () => {
    const byNote = await exportPacket(nb.session, { out: join(dir, 'note.zip'), noteIds: [nb.ids.noteB] });
    const noteEntries = await readPacketEntries(byNote.path);
    const records = JSON.parse(Buffer.from(noteEntries.get('data/records.json') ?? []).toString('utf8'));
    expect(records.notes.map((n: { meta: { id: string } }) => n.meta.id)).toEqual([nb.ids.noteB]);
    expect(records.highlights.map((h: { id: string }) => h.id)).toEqual([nb.ids.wave.id]);
    expect(byNote.counts).toMatchObject({ sources: 1, notes: 1, highlights: 1 });

    const byTag = await exportPacket(nb.session, { out: join(dir, 'tag.zip'), tag: 'budget' });
    expect(byTag.counts).toMatchObject({ sources: 1, notes: 0, highlights: 3 });
    expect(byTag.leftOut).toMatchObject({ sources: 0, highlights: 1, entities: 0 });
    await expect(
      exportPacket(nb.session, { out: join(dir, 'none.zip'), tag: 'no-such-tag' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes annotations.jsonld that meets the W3C Web Annotation MUSTs', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(await schema('web-annotation-collection.schema.json'));
    const doc = JSON.parse(text('annotations.jsonld'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.total).toBe(5);
    const wave = doc.first.items.find((a: { id: string }) => a.id === `urn:uuid:${nb.ids.wave.id}`);
    const riverText = text(`sources/${nb.ids.river}/text.txt`);
    const [quote, position] = wave.target.selector;
    // Positions count code points: the 🌊 before the passage is one character, not two.
    expect([...riverText].slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(wave.body).toEqual([
      { type: 'TextualBody', value: 'water', format: 'text/plain', purpose: 'tagging' },
    ]);
    const quoted = doc.first.items.find((a: { id: string }) => a.id === `urn:uuid:${nb.ids.quote.id}`);
    expect(quoted.body).toEqual([
      {
        type: 'TextualBody',
        value: 'On record {braces} & 100%',
        format: 'text/plain',
        purpose: 'commenting',
      },
      { type: 'SpecificResource', source: `urn:uuid:${nb.ids.quist}`, purpose: 'identifying' },
    ]);
    // The schema can fail: a target without selectors, or a non-IRI id, is rejected.
    const broken = structuredClone(doc);
    delete broken.first.items[0].target.selector;
    broken.first.items[1].id = 'not an iri';
    expect(validate(broken)).toBe(false);
  });

  it('makes every annotation valid on its own (its own @context), with the source URL beside its id', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(await schema('web-annotation.schema.json'));
    const doc = JSON.parse(text('annotations.jsonld'));
    for (const annotation of doc.first.items) {
      const alone = JSON.parse(JSON.stringify(annotation));
      expect(validate(alone), JSON.stringify(validate.errors)).toBe(true);
      const source = nb.session.notebook.sourceById(annotation.target.source.slice('urn:uuid:'.length));
      expect(annotation.target.scope ?? null).toBe(source?.url ?? null);
    }
    // The single-annotation schema can fail: without its own @context, or without a target.
    const [first] = doc.first.items;
    const { '@context': _context, ...noContext } = first;
    expect(validate(noContext)).toBe(false);
    const { target: _target, ...noTarget } = first;
    expect(validate(noTarget)).toBe(false);
  });

  it('writes CSL-JSON valid against the official csl-data.json schema', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(await schema('csl-data.json'));
    const items = JSON.parse(text('bibliography.json'));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items[0]).toMatchObject({
      type: 'document',
      title: 'Harbour budget doubles, council says',
      author: [
        { given: 'Ines', family: 'van der Dahl' },
        { given: 'Tomas', family: 'Brell' },
      ],
      issued: { 'date-parts': [[2024, 5, 6]] },
    });
    expect(validate([{ ...items[0], bogus: 1 }])).toBe(false);
  });

  it('writes BibTeX with balanced braces and RIS with CRLF records', () => {
    const bib = text('bibliography.bib');
    expect(bib.match(/@misc\{/g)).toHaveLength(2);
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') i++;
      else if (bib[i] === '{') depth++;
      else if (bib[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).toContain('author = {van der Dahl, Ines and Brell, Tomas}');
    const ris = text('bibliography.ris');
    expect(ris.split('\r\n').filter((l) => l.startsWith('TY  - '))).toHaveLength(2);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes UTF-8 CSV files with a BOM, RFC 4180 quoting and CRLF', () => {
    for (const name of ['claims.csv', 'entities.csv', 'highlights.csv']) {
      const csv = text(name);
      expect(csv.startsWith(CSV_BOM)).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    }
    const rows = parseCsv(text('highlights.csv'));
    const budget = rows.find((r) => r[0] === nb.ids.budget.id);
    expect(budget?.[9]).toBe('Check with "ministry", urgently,\nsecond line');
    expect(budget?.[10]).toBe("'=SUM(A1); money");
    const claims = parseCsv(text('claims.csv'));
    expect(claims.slice(1).map((r) => r[4])).toEqual(['supports', 'contradicts']);
    expect(
      parseCsv(text('entities.csv'))
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['Mara Quist', 'Olek Varga']);
  });

  it('writes Markdown whose footnotes quote the passage and render with micromark + GFM', () => {
    const md = text('notes/harbour-story-draft-1.md');
    const html = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
    const items = html.slice(html.indexOf('data-footnotes')).match(/<li id="user-content-fn-\d+">/g);
    expect(items).toHaveLength(5);
    expect(html).toMatch(
      /<li id="user-content-fn-1">\s*<p>“the harbour budget will double to 40 million” — Ines van der Dahl, Tomas Brell, Harbour budget doubles, council says/,
    );
    expect(html).toContain('“&quot;repairs start in June&quot;”');
    expect(html).toContain('River levels fall 🌊 again, para. 2.');
    // The first citation is used twice and keeps its number; withheld ones are plain text.
    expect(md.match(/\[\^1\]/g)).toHaveLength(3);
    expect(html).toContain('Critics[citation withheld]');
    expect(html).toContain('<strong>doubles</strong>');
    expect(html).toContain('<h1>Harbour story: draft #1</h1>');
    expect(html).toContain('1. not a list');
  });

  it('writes Word documents with real footnotes that mammoth reads back', async () => {
    const docx = Buffer.from(files.get('notes/harbour-story-draft-1.docx') ?? []);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    const footnotes = html.match(/<li id="footnote-\d+">/g) ?? [];
    // Word gives each reference mark its own footnote: six citations resolve, two were withheld.
    expect(footnotes).toHaveLength(6);
    expect(html).toMatch(/<sup><a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a><\/sup>/);
    expect(html).toContain('“the harbour budget will double to 40 million”');
    expect(html).toContain('“lowest level since 1976 🌊, the water board”');
    expect(html).toContain('[citation withheld]');
    expect(html).toContain('<strong>doubles</strong>');
  });

  it('exports from the command line, saying what it left out', async () => {
    await nb.session.close();
    try {
      const lines: string[] = [];
      const out = join(dir, 'cli.zip');
      expect(await runExport(['--notebook', nb.dir, '--out', out], (l) => lines.push(l))).toBe(0);
      expect(lines[0]).toMatch(/^Wrote .*cli\.zip: \d+ files, 2 sources, 5 highlights, 2 notes\.$/);
      expect(lines[1]).toBe(
        'Left out: 1 confidential source, 2 confidential highlights, 1 entity named only in them, 2 citations of them (use --include-confidential to include them).',
      );
      const json: string[] = [];
      const args = ['--notebook', nb.dir, '--out', join(dir, 'cli2.zip'), '--notes', nb.ids.noteB, '--json'];
      expect(await runExport(args, (l) => json.push(l))).toBe(0);
      expect(JSON.parse(json[0] ?? '')).toMatchObject({
        counts: { notes: 1, sources: 1 },
        leftOut: { sources: 0 },
      });
      await expect(
        runExport(['--notebook', nb.dir, '--out', join(dir, 'x.zip'), '--notes', nb.ids.quist]),
      ).rejects.toThrow(/no note with the id/);
    } finally {
      nb.session = await NotebookSession.open({ notebookDir: nb.dir, userDataDir: null });
    }
  });
});
