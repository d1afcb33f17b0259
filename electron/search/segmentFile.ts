import { crc32 } from 'node:zlib';
import { kindCode, kindOf, type DocMeta, type Pause, type SegmentData } from '../../shared/search';
import { FIELD_COUNT } from '../../shared/search/types';

/** Bump when the layout, the tokenizer or the scoring inputs change: old segments are rebuilt. */
export const SEGMENT_FORMAT = 1;
const MAGIC = 0x58534e52; // "RNSX"
const PRELUDE = 16; // magic, format, crc32 of the rest, header length
const STORED_FIELDS = FIELD_COUNT - 1; // names, meta, body; the title travels in the header

type DocRow = [id: string, kind: number, sourceId: string | null, title: string, filters: DocMeta['filters'], stamp: string | null];

interface Header {
  terms: string;
  docs: DocRow[];
  lengths: { keyStart: number; postings: number; df: number; fieldLens: number; textOffsets: number; text: number };
}

/** The segment was written by another format, or its bytes do not check out. */
export class SegmentError extends Error {}

const align4 = (n: number): number => (n + 3) & ~3;

// Work between pauses while encoding: big enough to be efficient, small enough not to stall.
const CHUNK_BYTES = 1 << 20;

/**
 * Serialises a segment: a JSON header (words, document table) then the typed arrays as raw
 * little-endian words and the stored texts as UTF-8, so loading is one read and a few views.
 * Texts already held as UTF-8 are copied, not re-encoded; `pause` is awaited between chunks.
 */
export async function encodeSegment(segment: SegmentData, pause: Pause = () => undefined): Promise<Buffer> {
  const docCount = segment.docs.length;
  const { texts } = segment;
  const textOffsets = new Uint32Array(docCount * STORED_FIELDS + 1);
  let textBytes = 0;
  for (let doc = 0; doc < docCount; doc++) {
    for (let k = 0; k < STORED_FIELDS; k++) {
      textOffsets[doc * STORED_FIELDS + k] = textBytes;
      textBytes += texts.bytes?.(doc, k + 1)?.length ?? Buffer.byteLength(texts.text(doc, k + 1));
    }
    if ((doc & 255) === 255) await pause();
  }
  textOffsets[docCount * STORED_FIELDS] = textBytes;
  const lengths: Header['lengths'] = {
      keyStart: segment.keyStart.length,
      postings: segment.postings.length,
      df: segment.df.length,
      fieldLens: segment.fieldLens.length,
      textOffsets: textOffsets.length,
      text: textBytes,
  };
  // The document table is stringified a thousand rows at a time, between pauses.
  const rows: string[] = [];
  for (let at = 0; at < docCount; at += 1000) {
    const chunk = segment.docs.slice(at, at + 1000);
    const json = JSON.stringify(chunk.map((m): DocRow => [m.id, kindCode(m.kind), m.sourceId ?? null, m.title, m.filters, m.stamp ?? null]));
    if (chunk.length) rows.push(json.slice(1, -1));
    await pause();
  }
  const head = JSON.stringify({ terms: segment.terms.join('\n'), lengths });
  const headerBytes = Buffer.from(`${head.slice(0, -1)},"docs":[${rows.join(',')}]}`);
  const arrays = [segment.keyStart, segment.postings, segment.df, segment.fieldLens, textOffsets];
  const start = align4(PRELUDE + headerBytes.length);
  const size = arrays.reduce((sum, a) => sum + a.byteLength, start) + textBytes;
  const out = Buffer.allocUnsafe(size);
  out.fill(0, 0, start);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(SEGMENT_FORMAT, 4);
  out.writeUInt32LE(headerBytes.length, 12);
  headerBytes.copy(out, PRELUDE);
  let at = start;
  for (const array of arrays) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let from = 0; from < bytes.length; from += CHUNK_BYTES * 4) {
      out.set(bytes.subarray(from, from + CHUNK_BYTES * 4), at + from);
      await pause();
    }
    at += bytes.length;
  }
  let sinceYield = 0;
  for (let doc = 0; doc < docCount; doc++) {
    for (let k = 0; k < STORED_FIELDS; k++) {
      const bytes = texts.bytes?.(doc, k + 1);
      const length = bytes ? (out.set(bytes, at), bytes.length) : out.write(texts.text(doc, k + 1), at);
      at += length;
      sinceYield += length;
    }
    if (sinceYield > CHUNK_BYTES) {
      sinceYield = 0;
      await pause();
    }
  }
  out.writeUInt32LE(await checksum(out.subarray(PRELUDE), pause), 8);
  return out;
}

async function checksum(bytes: Buffer, pause: Pause): Promise<number> {
  let crc = 0;
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES * 4) {
    crc = crc32(bytes.subarray(at, at + CHUNK_BYTES * 4), crc);
    await pause();
  }
  return crc >>> 0;
}

/**
 * Reads a segment written by `encodeSegment`; throws SegmentError when it is not intact.
 * `verify: false` skips the checksum, for bytes this process has just encoded.
 */
export function decodeSegment(file: Buffer, { verify = true } = {}): SegmentData {
  if (file.length < PRELUDE || file.readUInt32LE(0) !== MAGIC) throw new SegmentError('not a search segment');
  if (file.readUInt32LE(4) !== SEGMENT_FORMAT) throw new SegmentError('segment from another version');
  if (verify && (crc32(file.subarray(PRELUDE)) >>> 0) !== file.readUInt32LE(8)) {
    throw new SegmentError('segment checksum mismatch');
  }
  // Typed views need 4-byte alignment; a pooled small Buffer may not have it.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const headerLength = bytes.readUInt32LE(12);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', PRELUDE, PRELUDE + headerLength)) as Header;
  } catch {
    throw new SegmentError('segment header unreadable');
  }
  let at = align4(PRELUDE + headerLength);
  const view = (length: number): Uint32Array => {
    if (at + length * 4 > bytes.length) throw new SegmentError('segment truncated');
    const array = new Uint32Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length * 4;
    return array;
  };
  const { lengths } = header;
  const keyStart = view(lengths.keyStart);
  const postings = view(lengths.postings);
  const df = view(lengths.df);
  const fieldLens = view(lengths.fieldLens);
  const textOffsets = view(lengths.textOffsets);
  const textStart = at;
  if (textStart + lengths.text !== bytes.length) throw new SegmentError('segment truncated');
  const docs = header.docs.map(([id, kind, sourceId, title, filters, stamp]): DocMeta => {
    const meta: DocMeta = { id, kind: kindOf(kind), title, filters };
    if (sourceId !== null) meta.sourceId = sourceId;
    if (stamp !== null) meta.stamp = stamp;
    return meta;
  });
  const terms = header.terms ? header.terms.split('\n') : [];
  return {
    terms,
    df,
    keyStart,
    postings,
    docs,
    fieldLens,
    texts: {
      text: (doc, field) => {
        const k = doc * STORED_FIELDS + field - 1;
        return bytes.toString('utf8', textStart + (textOffsets[k] ?? 0), textStart + (textOffsets[k + 1] ?? 0));
      },
      bytes: (doc, field) => {
        const k = doc * STORED_FIELDS + field - 1;
        return bytes.subarray(textStart + (textOffsets[k] ?? 0), textStart + (textOffsets[k + 1] ?? 0));
      },
    },
  };
}
