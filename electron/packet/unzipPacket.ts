import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { MAX_IMPORT_BYTES } from '../../shared/contract/limits';
import { AppError } from '../../shared/errors';
import { unsafeEntryReason } from '../../shared/packet/packetPaths';
import { InflateBudgetError, inflateBounded, joinChunks } from '../zip/boundedInflate';
import { rejectPacket } from './packetRejected';
import { bufferSource, readDirectory, type DirectoryEntry, type ZipSource } from './zipDirectory';

export interface ZipLimits {
  maxEntries: number;
  /** Total bytes all entries may inflate to. */
  maxTotalBytes: number;
  /** Largest inflated:compressed ratio an entry may have once past `ratioGraceBytes`. */
  maxRatio: number;
  /** Small, very repetitive files legitimately compress beyond the ratio; they are let through up to this size. */
  ratioGraceBytes: number;
  /** Largest entry other than an original (JSON, texts, the reader): each is read whole when needed. */
  maxEntryBytes?: number;
  /** Largest original file: the app itself never imports one over MAX_IMPORT_BYTES. */
  maxOriginalBytes?: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
  maxEntryBytes: 64 * MB,
  maxOriginalBytes: MAX_IMPORT_BYTES,
};

const isOriginal = (name: string): boolean => /^sources\/[^/]+\/original\./.test(name);
const inMb = (bytes: number): string => {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
};

function tooBig(limits: ZipLimits): never {
  return rejectPacket(
    'zip-bomb',
    `The packet was refused: it expands to more than ${inMb(limits.maxTotalBytes)}.`,
  );
}

/**
 * A packet's entries, checked from the zip directory alone and inflated only when asked for, one at a
 * time, as a stream that stops the moment an entry passes its declared size or the ratio cap. Since
 * every entry is held to its declared size, and the declared sizes together to the total cap, the
 * bytes actually inflated can never pass the total either. Memory stays at one entry (or, for
 * `sha256`, one 16 KB slice) whatever the packet holds.
 */
export class PacketEntries implements ReadonlyMap<string, Uint8Array> {
  private readonly byName: Map<string, DirectoryEntry>;

  constructor(
    private readonly zip: ZipSource,
    entries: readonly DirectoryEntry[],
    private readonly limits: ZipLimits,
  ) {
    this.byName = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  }

  get size(): number {
    return this.byName.size;
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  keys(): MapIterator<string> {
    return this.byName.keys();
  }
  /** The size the zip directory records for an entry (checked while inflating, never trusted). */
  declaredSize(name: string): number | undefined {
    return this.byName.get(name)?.size;
  }

  /** The bytes of one entry, inflated now (nothing is cached). */
  get(name: string): Uint8Array | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    const chunks: Uint8Array[] = [];
    const length = this.stream(e, (c) => chunks.push(c));
    return joinChunks(chunks, length);
  }

  /** SHA-256 of one entry, computed as it inflates without holding it. */
  sha256(name: string): string | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    const hash = createHash('sha256');
    this.stream(e, (c) => hash.update(c));
    return hash.digest('hex');
  }

  *entries(): MapIterator<[string, Uint8Array]> {
    for (const name of this.byName.keys()) yield [name, this.get(name) as Uint8Array];
  }
  *values(): MapIterator<Uint8Array> {
    for (const [, data] of this.entries()) yield data;
  }
  [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }
  forEach(fn: (value: Uint8Array, key: string, map: ReadonlyMap<string, Uint8Array>) => void): void {
    for (const [name, data] of this.entries()) fn(data, name, this);
  }
  /** Kept for callers that used to free the unpacked map; there is nothing to free. */
  clear(): void {}

  private stream(e: DirectoryEntry, onChunk: (chunk: Uint8Array) => void): number {
    let crc = 0;
    const data = this.zip.read(e.dataStart, e.compressedSize);
    if (data.length !== e.compressedSize)
      rejectPacket('damaged', `The packet is damaged: “${e.name}” runs past the end of the file.`);
    const take = (chunk: Uint8Array): void => {
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    let produced: number;
    if (e.method === 0) {
      // A copy, not a view: a Buffer view would share (and Buffer.slice would alter) the whole zip.
      take(new Uint8Array(data));
      produced = data.length;
    } else {
      try {
        produced = inflateBounded(data, e.size, take);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (error instanceof InflateBudgetError) lyingSize(e);
        rejectPacket('damaged', `The packet is damaged: “${e.name}” could not be unpacked.`);
      }
    }
    if (produced !== e.size || crc >>> 0 !== e.crc32) {
      rejectPacket(
        'damaged',
        `The packet is damaged: “${e.name}” does not match its recorded size or checksum.`,
      );
    }
    return produced;
  }
}

function lyingSize(e: DirectoryEntry): never {
  return rejectPacket(
    'zip-bomb',
    `The packet was refused: “${e.name}” expands to more than the ${e.size.toLocaleString('en')} bytes it declares (a zip bomb).`,
  );
}

/** Refuses an entry whose name, flags or declared size make it unsafe, before any data is read. */
function checkEntry(e: DirectoryEntry, seen: Set<string>, limits: ZipLimits): void {
  const unsafe = unsafeEntryReason(e.name);
  if (unsafe) rejectPacket('unsafe-path', `The packet was refused: ${unsafe}.`);
  if (seen.has(e.name))
    rejectPacket('duplicate-entry', `The packet was refused: it holds two entries named “${e.name}”.`);
  seen.add(e.name);
  if (e.flags & 1) rejectPacket('encrypted', `The packet was refused: “${e.name}” is encrypted.`);
  if (e.method !== 0 && e.method !== 8) {
    rejectPacket(
      'unsupported-compression',
      `The packet was refused: “${e.name}” uses an unsupported compression method (${e.method}).`,
    );
  }
  // Deflate never grows data by more than a few bytes per 64 KB: more compressed bytes than that is a lie.
  if (e.compressedSize > e.size + Math.ceil(e.size / 1000) + 1024) lyingSize(e);
  if (e.method === 0 && e.compressedSize !== e.size)
    rejectPacket('damaged', `The packet is damaged: “${e.name}” does not match its recorded size.`);
  const cap = isOriginal(e.name) ? limits.maxOriginalBytes : limits.maxEntryBytes;
  if (cap !== undefined && e.size > cap)
    rejectPacket('zip-bomb', `The packet was refused: “${e.name}” expands to more than ${inMb(cap)}.`);
  if (
    e.method === 8 &&
    e.size > limits.ratioGraceBytes &&
    e.size > limits.maxRatio * Math.max(1, e.compressedSize)
  ) {
    rejectPacket(
      'zip-bomb',
      `The packet was refused: “${e.name}” expands more than ${limits.maxRatio} times (a zip bomb).`,
    );
  }
}

/**
 * Opens a packet zip, refusing anything unsafe from its directory alone, before any entry is
 * inflated: too many entries, unsafe or duplicate names, overlapping entries, encryption, unknown
 * compression, declared sizes past the caps or the ratio. Entries are then read on demand
 * (see PacketEntries), so a packet without a manifest is refused having inflated nothing.
 */
export function unzipPacket(
  zip: Uint8Array | ZipSource,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): PacketEntries {
  const source = zip instanceof Uint8Array ? bufferSource(zip) : zip;
  const entries = readDirectory(source, limits.maxEntries);
  // Declared sizes can lie (inflating holds each entry to its own), but an honest huge one is refused at once.
  if (entries.reduce((sum, e) => sum + e.size, 0) > limits.maxTotalBytes) tooBig(limits);
  const seen = new Set<string>();
  for (const e of entries) checkEntry(e, seen, limits);
  checkNoOverlap(entries, source.length);
  return new PacketEntries(source, entries, limits);
}

/** Entries whose data overlap are a known way to make a small zip unpack to a huge size. */
function checkNoOverlap(entries: readonly DirectoryEntry[], zipLength: number): void {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as DirectoryEntry;
    const end = e.dataStart + e.compressedSize;
    const next = sorted[i + 1];
    if (end > zipLength)
      rejectPacket('damaged', `The packet is damaged: “${e.name}” runs past the end of the file.`);
    if (next && next.headerStart < end) {
      rejectPacket(
        'zip-bomb',
        'The packet was refused: two of its entries share the same data (a zip bomb technique).',
      );
    }
  }
}
