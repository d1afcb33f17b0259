import { crc32 } from 'node:zlib';
import type { DocMeta, Pause, SegmentData } from '../../shared/search';
import { FIELD_COUNT } from '../../shared/search/types';
import { decodeDocTable, encodeDocTable, SegmentError } from './docTableCodec';

export { SegmentError };

/**
 * Bump when the layout, the tokenizer, the scoring inputs or the meaning of stamps change: old
 * segments are rebuilt in the background (2: highlight and claim stamps carry their source's
 * and entities' times; 3: the document table is stored column by column, see docTableCodec;
 * 4: Thai, Lao, Khmer and Myanmar runs are split into words by Intl.Segmenter).
 */
export const SEGMENT_FORMAT = 4;
const MAGIC = 0x58534e52; // "RNSX"
const STORED_FIELDS = FIELD_COUNT - 1; // names, meta, body; the title travels in the header
// u32 words: magic, format, crc32 of everything after it, header length, then the section
// lengths (keyStart, postings, df, fieldLens, textOffsets in words; text in bytes).
const PRELUDE_WORDS = 10;
const PRELUDE = PRELUDE_WORDS * 4;
// Work between pauses while encoding: big enough to be efficient, small enough not to stall.
const CHUNK_BYTES = 1 << 20;

const align4 = (n: number): number => (n + 3) & ~3;

/**
 * Serialises a segment: a prelude, a JSON header (words, document table), the typed arrays
 * as raw little-endian words and the stored texts as UTF-8, so loading is one read and a few
 * views. Texts already held as UTF-8 are copied, not re-encoded; `pause` is awaited between
 * chunks so a background compaction never holds the event loop for long.
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
  const docs = await encodeDocTable(segment.docs, pause);
  const headerBytes = Buffer.from(`{"terms":${JSON.stringify(segment.terms.join('\n'))},"docs":${docs}}`);
  const arrays = [segment.keyStart, segment.postings, segment.df, segment.fieldLens, textOffsets];
  const start = align4(PRELUDE + headerBytes.length);
  const out = Buffer.allocUnsafe(arrays.reduce((sum, a) => sum + a.byteLength, start) + textBytes);
  out.fill(0, 0, start);
  [MAGIC, SEGMENT_FORMAT, 0, headerBytes.length, ...arrays.map((a) => a.length), textBytes].forEach(
    (word, i) => out.writeUInt32LE(word, i * 4),
  );
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
  let crc = 0;
  for (let from = 12; from < out.length; from += CHUNK_BYTES * 8) {
    crc = crc32(out.subarray(from, Math.min(out.length, from + CHUNK_BYTES * 8)), crc);
    await pause();
  }
  out.writeUInt32LE(crc >>> 0, 8);
  return out;
}

/** What a caller that has just encoded the segment already holds, so decoding can skip it. */
export interface KnownSegment {
  terms: readonly string[];
  docs: DocMeta[];
}

/**
 * Reads a segment written by `encodeSegment`; throws SegmentError when it is not intact.
 * `known` (bytes this process just encoded) skips the checksum and the header parse.
 */
export function decodeSegment(file: Buffer, known?: KnownSegment): SegmentData {
  if (file.length < PRELUDE || file.readUInt32LE(0) !== MAGIC) throw new SegmentError('not a search segment');
  if (file.readUInt32LE(4) !== SEGMENT_FORMAT) throw new SegmentError('segment from another version');
  if (!known && crc32(file.subarray(12)) >>> 0 !== file.readUInt32LE(8)) {
    throw new SegmentError('segment checksum mismatch');
  }
  // Typed views need 4-byte alignment; a pooled small Buffer may not have it.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const word = (i: number): number => bytes.readUInt32LE(i * 4);
  const headerLength = word(3);
  let at = align4(PRELUDE + headerLength);
  const view = (length: number): Uint32Array => {
    if (at + length * 4 > bytes.length) throw new SegmentError('segment truncated');
    const array = new Uint32Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length * 4;
    return array;
  };
  const [keyStart, postings, df, fieldLens, textOffsets] = [4, 5, 6, 7, 8].map((i) => view(word(i))) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const textStart = at;
  if (textStart + word(9) !== bytes.length) throw new SegmentError('segment truncated');
  const { terms, docs } = known ?? parseHeader(bytes.toString('utf8', PRELUDE, PRELUDE + headerLength));
  if (keyStart.length !== terms.length * FIELD_COUNT + 1 || fieldLens.length !== docs.length * FIELD_COUNT) {
    throw new SegmentError('segment header does not match its arrays');
  }
  const span = (doc: number, field: number): [number, number] => {
    const k = doc * STORED_FIELDS + field - 1;
    return [textStart + (textOffsets[k] ?? 0), textStart + (textOffsets[k + 1] ?? 0)];
  };
  return {
    terms,
    df,
    keyStart,
    postings,
    docs,
    fieldLens,
    texts: {
      text: (doc, field) => bytes.toString('utf8', ...span(doc, field)),
      bytes: (doc, field) => bytes.subarray(...span(doc, field)),
    },
  };
}

function parseHeader(json: string): KnownSegment {
  let header: { terms: string; docs: unknown };
  try {
    header = JSON.parse(json) as { terms: string; docs: unknown };
  } catch {
    throw new SegmentError('segment header unreadable');
  }
  if (typeof header.terms !== 'string') throw new SegmentError('segment header unreadable');
  return { terms: header.terms ? header.terms.split('\n') : [], docs: decodeDocTable(header.docs) };
}
