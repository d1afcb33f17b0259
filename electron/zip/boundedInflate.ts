import { Inflate } from 'fflate';

/**
 * Raised when inflating would pass a byte budget. Carries how far it got so the caller can word the
 * refusal ("expands to more than N MB") in its own terms.
 */
export class InflateBudgetError extends Error {
  override name = 'InflateBudgetError';
  constructor(readonly limit: number) {
    super(`expands to more than ${limit} bytes`);
  }
}

/** Raised when the compressed data itself cannot be inflated. */
export class InflateDataError extends Error {
  override name = 'InflateDataError';
}

// Deflate can expand at most ~1032:1, so one 16 KB slice yields at most ~16 MB before the counter looks.
const SLICE = 16 * 1024;

/**
 * Inflates raw deflate data as a stream, handing each chunk to `onChunk` and counting the bytes as
 * they come out: the moment the count passes `limit` it throws InflateBudgetError, so memory stays
 * bounded by what the caller keeps (nothing, when it only counts or hashes). Returns the byte count.
 */
export function inflateBounded(
  data: Uint8Array,
  limit: number,
  onChunk: (chunk: Uint8Array) => void = () => undefined,
): number {
  let produced = 0;
  let ended = false;
  // What our own callback threw (the budget, or the caller's refusal) passes through unchanged.
  let ours: unknown = null;
  const inflate = new Inflate((chunk, final) => {
    try {
      produced += chunk.length;
      if (produced > limit) throw new InflateBudgetError(limit);
      onChunk(chunk);
    } catch (error) {
      ours = error;
      throw error;
    }
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflate.push(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error === ours) throw error;
    throw new InflateDataError((error as Error).message);
  }
  if (!ended) throw new InflateDataError('the data ends too early');
  return produced;
}

/** Joins chunks kept by the caller into one array. */
export function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.length === length) return chunks[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}
