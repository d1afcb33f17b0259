/**
 * The framed stream of a batch blob download (`POST /blobs/<nb>/batch`, docs/sync.md "The server").
 * A join needs thousands of files; one request each was half of a join under load. The server
 * answers many hashes in one response, one frame per hash, so neither side holds more than one
 * blob at a time:
 *
 *   magic "RNB1"
 *   per asked hash, in any order: status (1 byte), hash (32 bytes), and for FOUND a length
 *   (uint32, big-endian) then that many bytes
 *   END (one 0 byte), then nothing
 *
 * The reader trusts nothing it is sent: a length beyond the caps, a hash nobody asked for or
 * answered twice, bytes that do not hash to their name, a missing END or bytes after it all
 * fail the batch with a clear error, in time and memory bounded by the caps.
 */

export const FRAMES_CONTENT_TYPE = 'application/x-rn-blob-frames';
/** Most hashes one batch request may ask for (a larger request is refused with 413). */
export const MAX_BATCH_HASHES = 256;
/** Bytes of blobs one response carries; the server defers the rest (the first blob is always sent). */
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/** Largest single blob (an original file), the same limit as a single upload. */
export const MAX_BLOB_BYTES = 200 * 1024 * 1024;

const MAGIC = [0x52, 0x4e, 0x42, 0x31]; // "RNB1"
export const FrameStatus = { end: 0, found: 1, missing: 2, deferred: 3 } as const;
type Answer = 'found' | 'missing' | 'deferred';
const HASH_BYTES = 32;
const HEX = /^[0-9a-f]{64}$/;

export type Frame =
  { sha: string; status: 'found'; bytes: Uint8Array } | { sha: string; status: 'missing' | 'deferred' };

export class BlobFrameError extends Error {}

function hexToBytes(sha: string): Uint8Array {
  if (!HEX.test(sha)) throw new BlobFrameError('Not a content hash.');
  const out = new Uint8Array(HASH_BYTES);
  for (let i = 0; i < HASH_BYTES; i++) out[i] = parseInt(sha.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The bytes that open a response. */
export function encodeStart(): Uint8Array {
  return Uint8Array.from(MAGIC);
}

/** One frame's header; for `found`, the blob's bytes follow it on the wire. */
export function encodeFrameHeader(sha: string, status: Answer, length = 0): Uint8Array {
  const header = new Uint8Array(1 + HASH_BYTES + (status === 'found' ? 4 : 0));
  header[0] = FrameStatus[status];
  header.set(hexToBytes(sha), 1);
  if (status === 'found') new DataView(header.buffer).setUint32(1 + HASH_BYTES, length);
  return header;
}

export function encodeEnd(): Uint8Array {
  return Uint8Array.of(FrameStatus.end);
}

export interface DecoderOptions {
  /** The hashes this request asked for: each must be answered exactly once. */
  asked: readonly string[];
  /** SHA-256 of bytes, as hex (injected: this module runs without Node). */
  hashOf: (bytes: Uint8Array) => string;
  maxBlobBytes?: number;
  maxBatchBytes?: number;
}

/**
 * Reads a response chunk by chunk: `push` returns the frames each chunk completes, `end` checks that
 * the stream ended where it should. Memory: one blob (at most `maxBlobBytes`) plus one chunk.
 */
export class BlobFrameDecoder {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private readonly unanswered: Set<string>;
  private sentBytes = 0;
  private found = 0;
  private stage: 'magic' | 'frame' | 'done' = 'magic';
  private readonly maxBlob: number;
  private readonly maxBatch: number;

  constructor(private readonly options: DecoderOptions) {
    this.unanswered = new Set(options.asked);
    this.maxBlob = options.maxBlobBytes ?? MAX_BLOB_BYTES;
    this.maxBatch = options.maxBatchBytes ?? MAX_BATCH_BYTES;
  }

  push(chunk: Uint8Array): Frame[] {
    if (chunk.length === 0) return [];
    if (this.stage === 'done') throw new BlobFrameError('The server sent bytes after the end of the list.');
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.next();
      if (frame === null) return frames;
      if (frame !== 'skip') frames.push(frame);
    }
  }

  end(): void {
    if (this.stage !== 'done') throw new BlobFrameError('The file list from the server was cut short.');
    if (this.unanswered.size > 0)
      throw new BlobFrameError(`The server did not answer for ${this.unanswered.size} file(s).`);
  }

  /** The next complete frame, 'skip' after the magic or END, or null until more bytes arrive. */
  private next(): Frame | 'skip' | null {
    if (this.stage === 'done') {
      if (this.pendingBytes > 0) throw new BlobFrameError('The server sent bytes after the end of the list.');
      return null;
    }
    if (this.stage === 'magic') {
      if (this.pendingBytes < MAGIC.length) return null;
      const magic = this.take(MAGIC.length);
      if (!MAGIC.every((b, i) => magic[i] === b))
        throw new BlobFrameError('The server did not send a file list.');
      this.stage = 'frame';
      return 'skip';
    }
    if (this.pendingBytes === 0) return null;
    const status = this.peek(1)[0];
    if (status === FrameStatus.end) {
      this.take(1);
      this.stage = 'done';
      return 'skip';
    }
    if (status !== FrameStatus.found && status !== FrameStatus.missing && status !== FrameStatus.deferred)
      throw new BlobFrameError('The file list from the server is damaged (unknown frame).');
    const headerLength = 1 + HASH_BYTES + (status === FrameStatus.found ? 4 : 0);
    if (this.pendingBytes < headerLength) return null;
    const header = this.peek(headerLength);
    const sha = bytesToHex(header.subarray(1, 1 + HASH_BYTES));
    if (!this.unanswered.has(sha))
      throw new BlobFrameError('The server sent a file that was not asked for (or sent it twice).');
    if (status !== FrameStatus.found) {
      this.take(headerLength);
      this.unanswered.delete(sha);
      return { sha, status: status === FrameStatus.missing ? 'missing' : 'deferred' };
    }
    const length = new DataView(header.buffer, header.byteOffset).getUint32(1 + HASH_BYTES);
    this.checkLength(length);
    if (this.pendingBytes < headerLength + length) return null;
    this.take(headerLength);
    const bytes = this.take(length);
    if (this.options.hashOf(bytes) !== sha)
      throw new BlobFrameError('The server sent a file that does not match its hash.');
    this.unanswered.delete(sha);
    this.sentBytes += length;
    this.found++;
    return { sha, status: 'found', bytes };
  }

  /** Refuses a length past the caps before waiting for (or holding) its bytes. */
  private checkLength(length: number): void {
    if (length > this.maxBlob) throw new BlobFrameError('The server announced a file larger than allowed.');
    if (this.found > 0 && this.sentBytes + length > this.maxBatch)
      throw new BlobFrameError('The server sent more than one batch may hold.');
  }

  /** The first `n` pending bytes (n ≤ pendingBytes), copied into one array only when split. */
  private peek(n: number): Uint8Array {
    const first = this.pending[0] as Uint8Array;
    if (first.length >= n) return first.subarray(0, n);
    const joined = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const part of this.pending) {
      joined.set(part, at);
      at += part.length;
    }
    this.pending = [joined];
    return joined.subarray(0, n);
  }

  private take(n: number): Uint8Array {
    const out = this.peek(n);
    const first = this.pending[0] as Uint8Array;
    if (first.length === n) this.pending.shift();
    else this.pending[0] = first.subarray(n);
    this.pendingBytes -= n;
    return out;
  }
}
