import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotebookSession } from '../../electron/session/notebookSession';
import { sha256Hex } from '../../electron/store/blobStore';
import { shardKeyOf } from '../../electron/store/shardedRecords';
import { NOTEBOOK_FILE } from '../../electron/store/notebookStore';
import { newId } from '../../shared/ids';
import type { Entity, Highlight, NotebookFile, Source } from '../../shared/model';
import { mapLimit } from '../../shared/text/mapLimit';
import { rng, syntheticArticle } from './corpus';

export const SCALE_TAG = 'scale-tag';
export const ENTITY_NAME = 'Mara Quist';
const WORDS = 300;
const SITES = ['harbour-times.example', 'valley-post.example', 'river-news.example', 'north-wire.example'];

/**
 * Writes a notebook of `sources` sources and `highlights` highlights straight in the store's
 * own format, as a fast stand-in for importing them one by one: one real import gives the
 * template record (so every field is what the importer writes), then texts go to `texts/` under
 * their hashes, `notebook.json` is written once and the highlights go to their shard files.
 * The caches (search index, similarity signatures) are then built by the app's own code on
 * open, and a clean close leaves the shard fingerprints, as after a day's work.
 */
export async function writeScaleNotebook(dir: string, sources: number, highlights: number): Promise<void> {
  const template = await templateSource(dir);
  // The template's session left a one-document index; the app rebuilds a whole one on open.
  await rm(join(dir, 'search'), { recursive: true, force: true });
  const notebook = JSON.parse(await readFile(join(dir, NOTEBOOK_FILE), 'utf8')) as NotebookFile;
  const now = Date.UTC(2025, 0, 1);
  const records: Source[] = [];
  await mapLimit(
    Array.from({ length: sources }, (_, i) => i),
    32,
    async (i) => {
      const text = syntheticArticle(i, WORDS);
      const textSha256 = sha256Hex(text);
      await writeFile(join(dir, 'texts', textSha256), text);
      // The original bytes are the text itself (as for pasted text): a hard link, not a copy.
      await link(join(dir, 'texts', textSha256), join(dir, 'originals', textSha256));
      const at = new Date(now + i * 60_000).toISOString();
      records[i] = {
        ...template,
        id: newId(),
        createdAt: at,
        updatedAt: at,
        capturedAt: at,
        title: text.slice(0, text.indexOf('\n')),
        site: SITES[i % 4] ?? null,
        publishedAt: new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString(),
        textSha256,
        wordCount: WORDS,
        original: { ...template.original, sha256: textSha256, size: Buffer.byteLength(text) },
        tags: i % 1000 === 0 ? [SCALE_TAG] : [`t${i % 13}`],
        similar: [],
      };
    },
  );
  const entities: Entity[] = ['Mara Quist', 'Olek Varga', 'Ines Dahl'].map((name, i) => ({
    id: newId(),
    createdAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    type: 'person',
    name,
    aliases: [name.split(' ')[1] ?? name],
    description: `Entity ${i}`,
  }));
  notebook.sources = [template, ...records];
  // The list in the file is the truth (format 1 style): the first open writes it to the source shards.
  notebook.sourcesIn = 'file';
  notebook.entities = entities;
  await writeFile(join(dir, NOTEBOOK_FILE), JSON.stringify(notebook));
  await writeHighlightShards(dir, records, entities, highlights);
}

/** One article imported the ordinary way; its record is the template for all others. */
async function templateSource(dir: string): Promise<Source> {
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  const result = await session.importText(syntheticArticle(9_999_999, WORDS));
  const source = session.notebook.requireSource(result.sourceId);
  await session.close();
  return source;
}

async function writeHighlightShards(
  dir: string,
  sources: Source[],
  entities: Entity[],
  count: number,
): Promise<void> {
  const next = rng(17);
  const shards = new Map<string, Highlight[]>();
  const at = new Date(Date.UTC(2025, 5, 1)).toISOString();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length] as Source;
    const start = Math.floor(next() * 400);
    const highlight: Highlight = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      sourceId: source.id,
      color: 1,
      comment: i % 5 === 0 ? `Check this with ${ENTITY_NAME}` : '',
      tags: i % 7 === 0 ? ['check'] : [],
      entityIds: i % 50 === 0 ? [(entities[i % entities.length] as Entity).id] : [],
      quote: { type: 'TextQuoteSelector', exact: 'Article', prefix: '', suffix: ' ' },
      position: { type: 'TextPositionSelector', start, end: start + 7 },
      confidential: false,
    };
    const key = shardKeyOf(source.id);
    const list = shards.get(key) ?? [];
    list.push(highlight);
    shards.set(key, list);
  }
  await mkdir(join(dir, 'highlights'), { recursive: true });
  await Promise.all(
    [...shards].map(([key, records]) =>
      writeFile(join(dir, 'highlights', `${key}.json`), JSON.stringify({ version: 1, records })),
    ),
  );
}

/**
 * Lets the app build its caches on the generated notebook: the search index (a rebuild from
 * the notebook, as after deleting `search/`), the similarity signatures, and, on close, the
 * shard fingerprints that let the next open skip reading highlight shards.
 */
export async function warmScaleNotebook(dir: string): Promise<void> {
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  let result = await session.handlers.search({ query: 'council', limit: 10 });
  while (result.rebuilding) {
    await new Promise((r) => setTimeout(r, 1000));
    result = await session.handlers.search({ query: 'council', limit: 10 });
  }
  await session.notebook.similarity.similarTo('warm');
  await session.close();
}
