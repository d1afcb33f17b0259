import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import type { BlobStore } from './blobStore';
import { SourceTexts } from './sourceTexts';

/** A blob store that counts its reads; the text of hash `h` is `Text of h`. */
function countingBlobs(): { blobs: BlobStore; reads: string[] } {
  const reads: string[] = [];
  const blobs = {
    get: (sha256: string) => {
      reads.push(sha256);
      return Promise.resolve(Buffer.from(`Text of ${sha256}`, 'utf8'));
    },
  } as unknown as BlobStore;
  return { blobs, reads };
}
const source = (sha: string): Source => ({ id: `s-${sha}`, textSha256: sha }) as unknown as Source;

describe('SourceTexts (the clean-text cache)', () => {
  it('reads a text from the blob store once, then from the cache', async () => {
    const { blobs, reads } = countingBlobs();
    const texts = new SourceTexts(blobs);
    expect(await texts.read(source('a'))).toBe('Text of a');
    expect(await texts.read(source('a'))).toBe('Text of a');
    expect(reads).toEqual(['a']);
  });

  it('keeps at most 500 recent texts, dropping the oldest first', async () => {
    const { blobs, reads } = countingBlobs();
    const texts = new SourceTexts(blobs);
    for (let i = 0; i <= 500; i++) await texts.read(source(`h${i}`));
    reads.length = 0;
    await texts.read(source('h500'));
    await texts.read(source('h1'));
    expect(reads).toEqual([]);
    await texts.read(source('h0'));
    expect(reads).toEqual(['h0']);
  });

  it('gives every text with its lower-cased form, in source order, folding each text once', async () => {
    const { blobs, reads } = countingBlobs();
    const texts = new SourceTexts(blobs);
    const sources = [source('B'), source('A')];
    const first = await texts.all(sources);
    expect(first.map((t) => [t.source.id, t.text, t.folded])).toEqual([
      ['s-B', 'Text of B', 'text of b'],
      ['s-A', 'Text of A', 'text of a'],
    ]);
    const second = await texts.all(sources);
    expect(second[0]).toMatchObject({ folded: 'text of b' });
    expect(reads.sort()).toEqual(['A', 'B']);
  });
});
