import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import type { LshIndexJson } from '../../shared/similarity/lshIndex';
import { fillerArticle } from '../../shared/similarity/testing/fillerArticle';
import { BackgroundWrites } from './backgroundWrites';
import { SimilarityStore } from './similarityStore';

const TEXTS: Record<string, string> = { a: fillerArticle(1), b: fillerArticle(2), c: fillerArticle(3) };
const sourceOf = (id: string): Source => ({ id, textSha256: id }) as unknown as Source;

let dir: string;
let problems: string[];
let background: BackgroundWrites;
let reads: string[];

function open(ids: string[], folder = dir): SimilarityStore {
  return new SimilarityStore(
    folder,
    () => ids.map(sourceOf),
    (source) => {
      reads.push(source.id);
      return Promise.resolve(TEXTS[source.id] ?? '');
    },
    background,
  );
}

const savedIds = async (): Promise<string[]> =>
  (JSON.parse(await readFile(join(dir, 'similarity.json'), 'utf8')) as LshIndexJson).entries
    .map(([id]) => id)
    .sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-similarity-'));
  problems = [];
  reads = [];
  background = new BackgroundWrites((what) => problems.push(what));
});
afterEach(async () => {
  await background.idle();
  await rm(dir, { recursive: true, force: true });
});

describe('SimilarityStore (the near-duplicate cache)', () => {
  it('signs every source on first use, once, however many callers ask at the same time', async () => {
    const store = open(['a', 'b']);
    const [first, second] = await Promise.all([
      store.similarTo(TEXTS.a ?? ''),
      store.similarTo(TEXTS.a ?? ''),
    ]);
    expect(reads.sort()).toEqual(['a', 'b']);
    expect(first?.[0]?.id).toBe('a');
    expect(second?.[0]?.id).toBe('a');
    expect(await store.similarTo(TEXTS.a ?? '', 'a')).not.toContainEqual(
      expect.objectContaining({ id: 'a' }),
    );
  });

  it('saves what it signed through the background writes, and a later open reads it instead of re-signing', async () => {
    await open(['a', 'b']).similarTo('x');
    await background.idle();
    expect(await savedIds()).toEqual(['a', 'b']);
    reads = [];
    const again = open(['a', 'b']);
    expect((await again.similarTo(TEXTS.b ?? ''))[0]?.id).toBe('b');
    expect(reads).toEqual([]);
  });

  it('rebuilds a damaged file from the texts instead of failing', async () => {
    await writeFile(join(dir, 'similarity.json'), '{"not": "an index"');
    const store = open(['a']);
    expect((await store.similarTo(TEXTS.a ?? ''))[0]?.id).toBe('a');
    await background.idle();
    expect(await savedIds()).toEqual(['a']);
  });

  it('defers the save after add and remove, and close (idle) starts it without waiting out the delay', async () => {
    const store = open([]);
    await store.add('c', TEXTS.c ?? '');
    await store.add('a', TEXTS.a ?? '');
    await store.remove('a');
    expect(background.busy).toBe(true);
    await background.idle();
    expect(await savedIds()).toEqual(['c']);
    expect(problems).toEqual([]);
  });

  it('reports a save that fails instead of throwing it at the caller or dropping it', async () => {
    const store = open([], join(dir, 'missing', 'folder'));
    await store.add('a', TEXTS.a ?? '');
    await background.idle();
    expect(problems).toEqual(['save the near-duplicate cache (similarity.json)']);
  });
});
