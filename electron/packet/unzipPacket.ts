import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { AppError } from '../../shared/errors';
import { unsafeEntryReason } from '../../shared/packet/packetPaths';
import { rejectPacket } from './packetRejected';
import { readDirectory, type DirectoryEntry } from './zipDirectory';

export interface ZipLimits {
  maxEntries: number;
  /** Total bytes all entries may inflate to. */
  maxTotalBytes: number;
  /** Largest inflated:compressed ratio an entry may have once past `ratioGraceBytes`. */
  maxRatio: number;
  /** Small, very repetitive files legitimately compress beyond the ratio; they are let through up to this size. */
  ratioGraceBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
};

// Small slices bound how much one push can inflate before the counters look at it.
const SLICE = 16 * 1024;

/**
 * Unpacks a packet zip into memory, refusing anything unsafe before it can do harm: too many
 * entries (counted from the directory before any data is read), unsafe or duplicate names,
 * overlapping entries, encryption, unknown compression, and zip bombs — the bytes actually inflated
 * are counted as they come out and stop the work at the total or per-entry ratio cap. Sizes and CRCs
 * are checked against the directory.
 */
export function unzipPacket(
  zip: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const entries = readDirectory(zip, limits.maxEntries);
  const seen = new Set<string>();
  for (const e of entries) {
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
  }
  checkNoOverlap(entries, zip.length);
  // Declared sizes can lie (the inflate below counts real bytes), but an honest huge one is refused at once.
  if (entries.reduce((sum, e) => sum + e.size, 0) > limits.maxTotalBytes) tooBig(limits);

  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
    // A copy, not a view: Buffer.slice would share memory with the whole zip.
    const bytes = e.method === 0 ? new Uint8Array(data) : inflateCounted(e, data, limits, total);
    total += bytes.length;
    if (total > limits.maxTotalBytes) tooBig(limits);
    if (bytes.length !== e.size || crc32(bytes) >>> 0 !== e.crc32) {
      rejectPacket(
        'damaged',
        `The packet is damaged: “${e.name}” does not match its recorded size or checksum.`,
      );
    }
    out.set(e.name, bytes);
  }
  return out;
}

function tooBig(limits: ZipLimits): never {
  const gb = (limits.maxTotalBytes / 1024 ** 3).toFixed(1);
  return rejectPacket('zip-bomb', `The packet was refused: it unpacks to more than ${gb} GB.`);
}

function inflateCounted(e: DirectoryEntry, data: Uint8Array, limits: ZipLimits, before: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (before + produced > limits.maxTotalBytes) tooBig(limits);
    if (produced > e.size) {
      rejectPacket(
        'zip-bomb',
        `The packet was refused: “${e.name}” unpacks to more than the ${e.size.toLocaleString('en')} bytes it declares (a zip bomb).`,
      );
    }
    if (produced > limits.ratioGraceBytes && produced > limits.maxRatio * Math.max(1, data.length)) {
      rejectPacket(
        'zip-bomb',
        `The packet was refused: “${e.name}” expands more than ${limits.maxRatio} times (a zip bomb).`,
      );
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflate.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    rejectPacket('damaged', `The packet is damaged: “${e.name}” could not be unpacked.`);
  }
  if (!ended && produced !== e.size)
    rejectPacket('damaged', `The packet is damaged: “${e.name}” ends too early.`);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const joined = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
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
