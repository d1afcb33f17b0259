import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import { parseCsv } from '../../shared/packet/csv';
import { addPlainSource, highlightWords } from './helpers/addPlainSource';

const CHROME = 'Sign up for our newsletter to get the latest news from your district.';
const ARTICLE = [
  'Council backs new bridge for the river district.',
  'The $14.2 million project will add a second crossing over the Lauwer by 2027, the council said.',
  'Construction starts in the spring and should take two years.',
].join('\n\n');
const WORDS = 'a second crossing over the Lauwer';

let dir: string;
let session: NotebookSession;
let sourceId: string;
let highlightId: string;

const entries = async (name: string): Promise<Map<string, Uint8Array>> => {
  const out = join(dir, name);
  await exportPacket(session, { out });
  return readPacketEntries(out);
};
const text = (files: Map<string, Uint8Array>, path: string): string =>
  Buffer.from(files.get(path) ?? new Uint8Array()).toString('utf8');
const markOf = (html: string, id: string): string | null =>
  new RegExp(`<mark id="h-${id}"[^>]*>([^<]*)</mark>`).exec(html)?.[1] ?? null;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-positions-'));
  session = await NotebookSession.open({ notebookDir: join(dir, 'nb'), userDataDir: null });
  const original = `${CHROME}\n\n${ARTICLE}`;
  const result = await addPlainSource(session.notebook, {
    title: 'Council backs new bridge',
    text: ARTICLE,
    removed: [CHROME],
    original,
    fileName: 'bridge.txt',
  });
  sourceId = result.sourceId;
  const h = await highlightWords(session.handlers, sourceId, ARTICLE, WORDS);
  highlightId = h.id;
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

async function expectOnWords(name: string): Promise<void> {
  const { text: current } = await session.handlers.getSource({ id: sourceId });
  // The stored position was re-anchored and saved with the text change.
  const stored = await session.notebook.highlights.findById(highlightId);
  expect(current.slice(stored?.position.start, stored?.position.end)).toBe(WORDS);
  const listed = await session.handlers.listHighlights({ sourceId });
  expect(listed.highlights.map((h) => current.slice(h.anchor.start, h.anchor.end))).toEqual([WORDS]);
  // Every consumer in the packet shows the same words.
  const files = await entries(name);
  expect(markOf(text(files, 'index.html'), highlightId)).toBe(WORDS);
  const packetText = text(files, `sources/${sourceId}/text.txt`);
  const [row] = parseCsv(text(files, 'highlights.csv')).slice(1);
  expect(packetText.slice(Number(row?.[6]), Number(row?.[7]))).toBe(WORDS);
  const annotation = JSON.parse(text(files, 'annotations.jsonld')).first.items[0];
  const [quote, position] = annotation.target.selector;
  expect(quote.exact).toBe(WORDS);
  expect([...packetText].slice(position.start, position.end).join('')).toBe(WORDS);
}

describe('one truth for highlight positions', () => {
  it('after "restore removed text" at the top, the highlight is on the same words in the app and the packet', async () => {
    await session.handlers.restoreRemovedBlock({ id: sourceId, index: 0, at: 'start' });
    const { text: current } = await session.handlers.getSource({ id: sourceId });
    expect(current.startsWith(CHROME)).toBe(true);
    await expectOnWords('after-restore.zip');
  });

  it('marks a block as not part of the article; its highlight is listed as orphaned, never drawn', async () => {
    const { text: current } = await session.handlers.getSource({ id: sourceId });
    const at = current.indexOf(WORDS);
    const { source, removedIndex } = await session.handlers.markNotPartOfArticle({
      id: sourceId,
      start: at,
      end: at + 3,
    });
    expect(source.textEdits?.at(-1)).toMatchObject({ action: 'removed' });
    const { text: cut } = await session.handlers.getSource({ id: sourceId });
    expect(cut).not.toContain('$14.2 million');
    const listed = await session.handlers.listHighlights({ sourceId });
    expect(listed.health.orphaned).toBe(1);
    const files = await entries('orphan.zip');
    const html = text(files, 'index.html');
    expect(markOf(html, highlightId)).toBeNull();
    expect(html).toContain('Orphaned:');
    const [row] = parseCsv(text(files, 'highlights.csv')).slice(1);
    expect(row?.slice(6, 8)).toEqual(['', '']);
    expect(row?.at(-1)).toBe('orphaned');
    const annotation = JSON.parse(text(files, 'annotations.jsonld')).first.items[0];
    expect(annotation.target.selector).toHaveLength(1);

    // Undo: the block goes back where it stood, and the highlight with it.
    await session.handlers.restoreRemovedBlock({ id: sourceId, index: removedIndex, at: 'original' });
    const { text: back } = await session.handlers.getSource({ id: sourceId });
    expect(back).toBe(current);
    await expectOnWords('after-undo.zip');
  });

  it('restores a block the importer cut in the place it stood in the original', async () => {
    const { text: now } = await session.handlers.getSource({ id: sourceId });
    const first = now.indexOf('Council backs');
    const { removedIndex } = await session.handlers.markNotPartOfArticle({
      id: sourceId,
      start: first,
      end: first + 5,
    });
    const details = await session.handlers.getSourceDetails({ id: sourceId });
    expect(details.extraction?.removed[removedIndex]).toBe(
      'Council backs new bridge for the river district.',
    );
    await session.handlers.restoreRemovedBlock({ id: sourceId, index: removedIndex, at: 'original' });
    expect((await session.handlers.getSource({ id: sourceId })).text).toBe(now);
    expect(
      (await session.handlers.getSourceDetails({ id: sourceId })).source.textEdits?.map((e) => e.action),
    ).toEqual(['restored', 'removed', 'restored', 'removed', 'restored']);
  });
});
