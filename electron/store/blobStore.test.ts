import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobStore, sha256Hex } from './blobStore';

let dir: string;
let blobs: BlobStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-blobs-'));
  blobs = new BlobStore(join(dir, 'blobs'));
  await blobs.ensureDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('BlobStore (content-addressed, write once)', () => {
  it('names a blob after its SHA-256 and gives the same bytes back', async () => {
    const hash = await blobs.put('Harbour budget');
    expect(hash).toBe(sha256Hex('Harbour budget'));
    expect(await blobs.has(hash)).toBe(true);
    expect((await blobs.get(hash)).toString('utf8')).toBe('Harbour budget');
  });

  it('stores the same bytes twice as one blob, without rewriting it', async () => {
    const hash = await blobs.put('Same text');
    // A write goes through a temporary file and a rename, which gives the blob a new inode.
    const before = (await stat(blobs.pathOf(hash))).ino;
    expect(await blobs.put(new TextEncoder().encode('Same text'))).toBe(hash);
    expect((await stat(blobs.pathOf(hash))).ino).toBe(before);
  });

  it.each([
    {
      name: 'a missing blob',
      damage: (_path: string) => Promise.resolve(),
      code: 'NOT_FOUND',
      missing: true,
    },
    {
      name: 'an altered blob',
      damage: (path: string) => writeFile(path, 'Changed'),
      code: 'NOTEBOOK_DAMAGED',
      missing: false,
    },
  ])('refuses $name with $code', async ({ damage, code, missing }) => {
    const hash = missing ? sha256Hex('never stored') : await blobs.put('Original');
    await damage(blobs.pathOf(hash));
    await expect(blobs.get(hash)).rejects.toMatchObject({ code });
  });

  it.each(['', '../notebook.json', 'ABCDEF', 'a'.repeat(63), `${'a'.repeat(64)}/x`])(
    'refuses %j as a blob name',
    (name) => {
      expect(() => blobs.pathOf(name)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    },
  );
});

describe('BlobStore batches (a join writes thousands of blobs)', () => {
  it('putInBatch stores what put stores, and the folder is made durable by one flush', async () => {
    const texts = ['First article', 'Second article', 'First article'];
    const hashes = await Promise.all(texts.map((t) => blobs.putInBatch(t)));
    expect(hashes).toEqual(texts.map((t) => sha256Hex(t)));
    await blobs.flushFolder();
    for (const [i, hash] of hashes.entries()) expect((await blobs.get(hash)).toString('utf8')).toBe(texts[i]);
    // Content-addressed either way: put finds the batch's blob and leaves it alone.
    const before = (await stat(blobs.pathOf(hashes[0] ?? ''))).ino;
    expect(await blobs.put('First article')).toBe(hashes[0]);
    expect((await stat(blobs.pathOf(hashes[0] ?? ''))).ino).toBe(before);
  });
});
