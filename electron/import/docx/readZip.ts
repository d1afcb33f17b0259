import { InflateBudgetError, inflateBounded, joinChunks } from '../../zip/boundedInflate';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the central directory declares it: checked, never trusted (inflating counts the real bytes). */
  declaredSize: number;
  localOffset: number;
}

/** Thrown for anything that is not a readable zip; callers word it for the reporter. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

/** Thrown when a Word file holds more, or would expand to more, than the importer reads. */
export class ZipTooLargeError extends Error {
  override name = 'ZipTooLargeError';
  constructor(
    message: string,
    /** The limit passed, in bytes (or entries, for `kind: 'entries'`). */
    readonly limit: number,
    readonly kind: 'entries' | 'markup' | 'total',
  ) {
    super(message);
  }
}

export interface DocxZipLimits {
  maxEntries: number;
  /** Bytes all XML parts together may expand to: mammoth needs ~60 times this in memory. */
  maxMarkupBytes: number;
  /** Bytes all entries together may expand to (images included). */
  maxTotalBytes: number;
}

const MB = 1024 * 1024;

export const DOCX_ZIP_LIMITS: DocxZipLimits = {
  // A real document has a few dozen parts; thousands would only slow the directory scan.
  maxEntries: 5_000,
  // Mammoth builds a DOM of the markup: 8 MB of XML (a few hundred dense pages) already costs ~500 MB.
  maxMarkupBytes: 8 * MB,
  maxTotalBytes: 128 * MB,
};

/** Largest part we inflate ourselves (docProps is a few hundred bytes). */
const MAX_PART_BYTES = 1024 * 1024;

/**
 * Lists a zip's entries from its central directory. Enough to look inside a DOCX
 * before handing it to mammoth; zip64 archives, duplicate names and absurd entry counts are refused.
 */
export function listZip(bytes: Uint8Array, maxEntries = DOCX_ZIP_LIMITS.maxEntries): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end of central directory');
  const count = view.getUint16(end + 10, true);
  if (count === 0xffff) throw new ZipFormatError('zip64 archive');
  if (count > maxEntries) {
    throw new ZipTooLargeError(`it holds ${count} parts; the limit is ${maxEntries}`, maxEntries, 'entries');
  }
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ZipFormatError('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Two parts with one name: our check and mammoth's reader could look at different ones.
    if (entries.has(name)) throw new ZipFormatError(`two parts named ${name}`);
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored bytes of one entry, as they sit in the zip. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw new ZipFormatError('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipFormatError('truncated entry');
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipFormatError(`compression method ${entry.method}`);
  return data;
}

/** The uncompressed bytes of one small stored or deflated entry (at most 1 MB). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > MAX_PART_BYTES) throw new ZipFormatError(`${entry.name} is too large`);
    return data;
  }
  const chunks: Uint8Array[] = [];
  try {
    const length = inflateBounded(data, MAX_PART_BYTES, (c) => chunks.push(c));
    return joinChunks(chunks, length);
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(error as Error).message}`);
  }
}

/** Markup mammoth may parse as XML: named so, or starting like XML whatever its name. */
function looksLikeMarkup(name: string, first: Uint8Array | undefined): boolean {
  if (/\.(xml|rels)$/i.test(name)) return true;
  if (!first) return false;
  let i = 0;
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) i = 3;
  while (
    i < first.length &&
    (first[i] === 0x20 || first[i] === 0x0a || first[i] === 0x0d || first[i] === 0x09)
  )
    i++;
  return i === first.length || first[i] === 0x3c;
}

const inMb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

/**
 * Checks, before anything is handed to a parser, that the zip really expands to no more than the
 * limits: declared sizes first (an honest huge file costs nothing), then every entry is inflated as a
 * stream and only counted, so memory stays flat and the check stops the moment a budget is passed.
 */
export function checkZipBudget(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  limits: DocxZipLimits = DOCX_ZIP_LIMITS,
): void {
  const markupMessage = `its text and markup expand to more than ${inMb(limits.maxMarkupBytes)}`;
  const totalMessage = `it expands to more than ${inMb(limits.maxTotalBytes)}`;
  let declared = 0;
  let declaredMarkup = 0;
  for (const e of entries.values()) {
    declared += e.declaredSize;
    if (looksLikeMarkup(e.name, undefined)) declaredMarkup += e.declaredSize;
  }
  if (declaredMarkup > limits.maxMarkupBytes)
    throw new ZipTooLargeError(markupMessage, limits.maxMarkupBytes, 'markup');
  if (declared > limits.maxTotalBytes)
    throw new ZipTooLargeError(totalMessage, limits.maxTotalBytes, 'total');
  let total = 0;
  let markup = 0;
  for (const e of entries.values()) {
    if (e.name.endsWith('/') && e.compressedSize === 0) continue;
    const data = entryData(bytes, e);
    let first: Uint8Array | undefined;
    let isMarkup = /\.(xml|rels)$/i.test(e.name);
    const count = (chunk: Uint8Array): void => {
      if (!first) {
        first = chunk.subarray(0, 64);
        isMarkup = looksLikeMarkup(e.name, first);
      }
      total += chunk.length;
      if (total > limits.maxTotalBytes)
        throw new ZipTooLargeError(totalMessage, limits.maxTotalBytes, 'total');
      if (isMarkup) markup += chunk.length;
      if (markup > limits.maxMarkupBytes)
        throw new ZipTooLargeError(markupMessage, limits.maxMarkupBytes, 'markup');
    };
    if (e.method === 0) {
      count(data);
      continue;
    }
    try {
      inflateBounded(data, limits.maxTotalBytes, count);
    } catch (error) {
      if (error instanceof ZipTooLargeError) throw error;
      if (error instanceof InflateBudgetError)
        throw new ZipTooLargeError(totalMessage, limits.maxTotalBytes, 'total');
      throw new ZipFormatError(`cannot inflate ${e.name}: ${(error as Error).message}`);
    }
  }
}
