import { closeSync, openSync, readSync } from 'node:fs';
import { rejectPacket } from './packetRejected';

/** One entry as the zip's central directory describes it, with where its data starts. */
export interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  headerStart: number;
  dataStart: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder('utf-8', { fatal: true });

const notZip = (why: string): never =>
  rejectPacket('not-zip', `This file is not a readable packet (${why}).`);

/** Where a zip's bytes come from: memory, or a file read piece by piece so a huge packet is never loaded whole. */
export interface ZipSource {
  readonly length: number;
  /** `length` bytes from `at` (fewer only at the end of the zip). */
  read(at: number, length: number): Uint8Array;
}

export const bufferSource = (zip: Uint8Array): ZipSource => ({
  length: zip.length,
  read: (at, length) => zip.subarray(at, Math.min(zip.length, at + length)),
});

/**
 * A zip file read piece by piece, opening it for each read: a packet larger than memory allows is
 * never loaded whole, and no descriptor outlives the read. A file changed meanwhile is caught by the
 * size, CRC and hash checks every entry goes through.
 */
export function pathSource(path: string, size: number): ZipSource {
  return {
    length: size,
    read(at, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      const fd = openSync(path, 'r');
      try {
        let done = 0;
        while (done < out.length) {
          const n = readSync(fd, out, done, out.length - done, at + done);
          if (n === 0) return out.subarray(0, done);
          done += n;
        }
        return out;
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Larger central directories are refused unread: 100,000 entries with long names fit in far less. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) notZip('a size in it is impossibly large');
  return Number(value);
}

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Entry count, directory offset and size, reading the ZIP64 record when the classic one overflows. */
function readEnd(zip: ZipSource): { count: number; offset: number; size: number } {
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB; the ZIP64 locator just before it.
  const tailStart = Math.max(0, zip.length - (22 + 0xffff + 20));
  const tail = zip.read(tailStart, zip.length - tailStart);
  const view = viewOf(tail);
  let end = -1;
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) notZip('no zip directory was found');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    notZip('it is split over several disks');
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const overflow = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (overflow && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = u64(view, end - 12);
    const record = zip.read(at, 56);
    const z64 = viewOf(record);
    if (record.length < 56 || z64.getUint32(0, true) !== ZIP64_EOCD) notZip('its ZIP64 directory is damaged');
    count = u64(z64, 32);
    size = u64(z64, 40);
    offset = u64(z64, 48);
  }
  if (offset + size > zip.length) notZip('its directory runs past the end of the file');
  return { count, offset, size };
}
function zip64Extra(
  view: DataView,
  at: number,
  length: number,
  need: { size: boolean; csize: boolean; offset: boolean },
) {
  const found = { size: -1, csize: -1, offset: -1 };
  for (let p = at; p + 4 <= at + length;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      for (const key of ['size', 'csize', 'offset'] as const) {
        if (!need[key]) continue;
        if (q + 8 > p + 4 + len) notZip('a ZIP64 field is short');
        found[key] = u64(view, q);
        q += 8;
      }
    }
    p += 4 + len;
  }
  return found;
}

/**
 * Reads the central directory. The entry count is checked against `maxEntries` before a single
 * entry is parsed, so an absurd archive costs nothing; no entry data is read.
 */
export function readDirectory(source: Uint8Array | ZipSource, maxEntries: number): DirectoryEntry[] {
  const zip = source instanceof Uint8Array ? bufferSource(source) : source;
  if (zip.length < 22) notZip('it is too short');
  const { count, offset, size } = readEnd(zip);
  const tooMany = (n: number): never =>
    rejectPacket(
      'too-many-entries',
      `The packet was refused: it has ${n.toLocaleString('en')} entries; the limit is ${maxEntries.toLocaleString('en')}.`,
    );
  if (count > maxEntries) tooMany(count);
  if (size > MAX_DIRECTORY_BYTES) tooMany(count);
  const directory = zip.read(offset, size);
  const view = viewOf(directory);
  const entries: DirectoryEntry[] = [];
  for (let p = 0; p < size;) {
    if (p + 46 > directory.length || view.getUint32(p, true) !== CENTRAL) notZip('its directory is damaged');
    if (entries.length >= maxEntries) tooMany(entries.length + 1);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let name = '';
    try {
      name = names.decode(directory.subarray(p + 46, p + 46 + nameLength));
    } catch {
      rejectPacket('unsafe-path', 'The packet was refused: an entry name is not valid UTF-8.');
    }
    let csize = view.getUint32(p + 20, true);
    let usize = view.getUint32(p + 24, true);
    let headerStart = view.getUint32(p + 42, true);
    const need = {
      size: usize === 0xffffffff,
      csize: csize === 0xffffffff,
      offset: headerStart === 0xffffffff,
    };
    if (need.size || need.csize || need.offset) {
      const big = zip64Extra(view, p + 46 + nameLength, extraLength, need);
      if (need.size) usize = big.size;
      if (need.csize) csize = big.csize;
      if (need.offset) headerStart = big.offset;
    }
    entries.push({
      name,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: csize,
      size: usize,
      headerStart,
      dataStart: localDataStart(zip, headerStart, name),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== count) notZip('its directory does not match its entry count');
  return entries;
}

/** Where an entry's data begins; its local header must name the same file as the directory. */
function localDataStart(zip: ZipSource, at: number, name: string): number {
  // One read for the header and (if it is honest) its name, which the directory told us the length of.
  const header = at >= 0 ? zip.read(at, 30 + Buffer.byteLength(name)) : new Uint8Array();
  const view = viewOf(header);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL) notZip(`the entry “${name}” is missing`);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  let local = '';
  try {
    const raw =
      30 + nameLength <= header.length ? header.subarray(30, 30 + nameLength) : zip.read(at + 30, nameLength);
    local = names.decode(raw);
  } catch {
    local = '\u0000';
  }
  if (local !== name)
    rejectPacket(
      'damaged',
      `The packet is damaged: the entry “${name}” is recorded under two different names.`,
    );
  return at + 30 + nameLength + extraLength;
}
