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

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) notZip('a size in it is impossibly large');
  return Number(value);
}

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === EOCD) return at;
  return notZip('no zip directory was found');
}

/** Entry count, directory offset and size, reading the ZIP64 record when the classic one overflows. */
function readEnd(view: DataView): { count: number; offset: number; size: number } {
  const end = findEnd(view);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    notZip('it is split over several disks');
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const overflow = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (overflow && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = u64(view, end - 12);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD)
      notZip('its ZIP64 directory is damaged');
    count = u64(view, at + 32);
    size = u64(view, at + 40);
    offset = u64(view, at + 48);
  }
  if (offset + size > view.byteLength) notZip('its directory runs past the end of the file');
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
 * entry is parsed, so an absurd archive costs nothing.
 */
export function readDirectory(zip: Uint8Array, maxEntries: number): DirectoryEntry[] {
  if (zip.length < 22) notZip('it is too short');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { count, offset, size } = readEnd(view);
  const tooMany = (n: number): never =>
    rejectPacket(
      'too-many-entries',
      `The packet was refused: it has ${n.toLocaleString('en')} entries; the limit is ${maxEntries.toLocaleString('en')}.`,
    );
  if (count > maxEntries) tooMany(count);
  const entries: DirectoryEntry[] = [];
  for (let p = offset; p < offset + size;) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== CENTRAL) notZip('its directory is damaged');
    if (entries.length >= maxEntries) tooMany(entries.length + 1);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let name = '';
    try {
      name = names.decode(zip.subarray(p + 46, p + 46 + nameLength));
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
      dataStart: localDataStart(zip, view, headerStart, name),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== count) notZip('its directory does not match its entry count');
  return entries;
}

/** Where an entry's data begins; its local header must name the same file as the directory. */
function localDataStart(zip: Uint8Array, view: DataView, at: number, name: string): number {
  if (at < 0 || at + 30 > zip.length || view.getUint32(at, true) !== LOCAL)
    notZip(`the entry “${name}” is missing`);
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  let local = '';
  try {
    local = names.decode(zip.subarray(at + 30, at + 30 + nameLength));
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
