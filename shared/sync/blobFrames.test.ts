import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BlobFrameDecoder,
  BlobFrameError,
  encodeEnd,
  encodeFrameHeader,
  encodeStart,
  type Frame,
} from './blobFrames';

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytes = (text: string) => new TextEncoder().encode(text);
const A = bytes('first file');
const B = bytes('second file, a little longer');
const shaA = hashOf(A);
const shaB = hashOf(B);
const shaC = hashOf(bytes('never stored'));

const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const found = (sha: string, data: Uint8Array, length = data.length) =>
  cat(encodeFrameHeader(sha, 'found', length), data);
const good = () =>
  cat(encodeStart(), found(shaA, A), encodeFrameHeader(shaC, 'missing'), found(shaB, B), encodeEnd());

/** Decodes `stream` split into chunks of `size` bytes; returns the frames or the error's message. */
function decode(stream: Uint8Array, size: number, asked = [shaA, shaB, shaC], caps = {}): Frame[] | string {
  const decoder = new BlobFrameDecoder({ asked, hashOf, ...caps });
  const frames: Frame[] = [];
  try {
    for (let at = 0; at < stream.length; at += size)
      frames.push(...decoder.push(stream.subarray(at, at + size)));
    decoder.end();
    return frames;
  } catch (error) {
    if (!(error instanceof BlobFrameError)) throw error;
    return error.message;
  }
}

describe('batch blob frames', () => {
  it.each([1, 3, 37, 1 << 20])('reads a good stream in chunks of %i bytes', (size) => {
    const frames = decode(good(), size);
    expect(frames).toEqual([
      { sha: shaA, status: 'found', bytes: A },
      { sha: shaC, status: 'missing' },
      { sha: shaB, status: 'found', bytes: B },
    ]);
  });

  it('reads deferred answers (over the response budget: ask again)', () => {
    const stream = cat(encodeStart(), found(shaA, A), encodeFrameHeader(shaB, 'deferred'), encodeEnd());
    expect(decode(stream, 5, [shaA, shaB])).toEqual([
      { sha: shaA, status: 'found', bytes: A },
      { sha: shaB, status: 'deferred' },
    ]);
  });

  const whole = good();
  const bad: Array<[string, Uint8Array, RegExp, object?]> = [
    ['empty', new Uint8Array(0), /cut short/],
    ['not a frame stream', bytes('Welcome to Hocuspocus!'), /did not send a file list/],
    ['truncated inside a blob', whole.subarray(0, 50), /cut short/],
    ['truncated before END', whole.subarray(0, whole.length - 1), /cut short/],
    ['bytes after END', cat(whole, Uint8Array.of(0)), /after the end/],
    ['unknown frame type', cat(encodeStart(), Uint8Array.of(9)), /unknown frame/],
    [
      'a hash not asked for',
      cat(encodeStart(), found(hashOf(bytes('other')), bytes('other'))),
      /not asked for/,
    ],
    ['a hash answered twice', cat(encodeStart(), found(shaA, A), found(shaA, A)), /not asked for/],
    ['bytes that do not match their hash', cat(encodeStart(), found(shaA, B, B.length)), /does not match/],
    ['a hash left unanswered', cat(encodeStart(), found(shaA, A), encodeEnd()), /did not answer for 2/],
    // Refused as soon as the header arrives, without waiting for (or holding) 4 GB.
    [
      'a length over the blob cap',
      cat(encodeStart(), encodeFrameHeader(shaA, 'found', 0xffffffff)),
      /larger than/,
    ],
    [
      'more bytes than one batch may hold',
      cat(encodeStart(), found(shaA, A), found(shaB, B)),
      /more than one batch/,
      { maxBatchBytes: A.length + 3 },
    ],
  ];
  it.each(bad)('refuses %s with a clear error', (_name, stream, message, caps) => {
    expect(decode(stream, 7, [shaA, shaB, shaC], caps)).toMatch(message);
  });

  it('sends the first blob even when it alone is over the batch budget', () => {
    const stream = cat(encodeStart(), found(shaB, B), encodeEnd());
    expect(decode(stream, 4, [shaB], { maxBatchBytes: 3 })).toEqual([
      { sha: shaB, status: 'found', bytes: B },
    ]);
  });

  it('does not encode a name that is not a content hash', () => {
    expect(() => encodeFrameHeader('abc', 'missing')).toThrow(BlobFrameError);
  });
});
