import { base64ToWords, wordsToBase64 } from './base64';
import { fmix32, mixInto } from './hash32';
import { EMPTY_SLOT } from './minhash';
import {
  compareSignatures,
  SIGNAL_SLOTS,
  SIGNATURE_LENGTH,
  SIGNATURE_VERSION,
  type SimilarityScore,
} from './signText';

/*
 * Banding: each 64-slot signal is cut into 21 bands of 3 rows (one slot unused); two articles
 * become candidates when any band of either signal agrees. A band agrees with probability
 * J^3, so a pair is a candidate with probability 1 − (1 − J^3)^21: 0.44 at J = 0.3, 0.94 at
 * 0.5, 0.99 at 0.6, 0.02 at 0.1. The curve's midpoint (1/21)^(1/3) ≈ 0.36 sits below the
 * default minScore of 0.5 on purpose, so pairs near the cut-off still reach verification,
 * while unrelated articles (J < 0.1) rarely cost a comparison.
 */
export const LSH_BANDS = 21;
export const LSH_ROWS = 3;
const BANDS = 2 * LSH_BANDS;
const INDEX_VERSION = 1;

/** A stored article similar to the one queried. */
export interface SimilarMatch extends SimilarityScore {
  id: string;
}

/** What toJSON writes: signatures as base64 of their little-endian 32-bit slots. */
export interface LshIndexJson {
  version: number;
  signatureVersion: number;
  entries: Array<[id: string, signature: string]>;
}

/** Locality-sensitive index of article signatures (from signText) for near-duplicate lookup. */
export class LshIndex {
  private slotOf = new Map<string, number>();
  private ids: Array<string | undefined> = [];
  private free: number[] = [];
  private signatures = new Uint32Array(0);
  /** Bucket key → first entry; an entry is slot · BANDS + band, chained through `next`. */
  private heads = new Map<number, number>();
  private next = new Int32Array(0);
  private seen = new Uint32Array(0);
  private stamp = 0;

  /** Number of articles indexed. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The stored signature of `id`, if any. */
  signatureOf(id: string): Uint32Array | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined
      ? undefined
      : this.signatures.slice(slot * SIGNATURE_LENGTH, (slot + 1) * SIGNATURE_LENGTH);
  }

  /** Indexes `id`, replacing any signature it had. */
  add(id: string, signature: ArrayLike<number>): void {
    if (signature.length !== SIGNATURE_LENGTH)
      throw new RangeError(`A signature has ${SIGNATURE_LENGTH} slots, not ${signature.length}.`);
    this.remove(id);
    const slot = this.free.pop() ?? this.ids.length;
    if (slot >= this.seen.length) this.grow(Math.max(64, this.seen.length * 2));
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
    this.signatures.set(signature, slot * SIGNATURE_LENGTH);
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band, 0);
      if (key < 0) continue;
      const entry = slot * BANDS + band;
      this.next[entry] = this.heads.get(key) ?? -1;
      this.heads.set(key, entry);
    }
  }

  /** Forgets `id`; returns whether it was indexed. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(this.signatures, band, slot * SIGNATURE_LENGTH);
      if (key >= 0) this.unlink(key, slot * BANDS + band);
    }
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
    return true;
  }

  /** Indexed articles scoring at least `minScore` against `signature`, best first. */
  query(
    signature: ArrayLike<number>,
    options: { minScore?: number; excludeId?: string; limit?: number } = {},
  ): SimilarMatch[] {
    const { minScore = 0.5, excludeId, limit = Infinity } = options;
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    const matches: SimilarMatch[] = [];
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band, 0);
      if (key < 0) continue;
      for (let entry = this.heads.get(key) ?? -1; entry >= 0; entry = this.next[entry] ?? -1) {
        const slot = Math.floor(entry / BANDS);
        if (this.seen[slot] === stamp) continue;
        this.seen[slot] = stamp;
        const id = this.ids[slot];
        if (id === undefined || id === excludeId) continue;
        const stored = this.signatures.subarray(slot * SIGNATURE_LENGTH, (slot + 1) * SIGNATURE_LENGTH);
        const score = compareSignatures(signature, stored);
        if (score.score >= minScore) matches.push({ id, ...score });
      }
    }
    matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return matches.length > limit ? matches.slice(0, limit) : matches;
  }

  /** Serialisable form, to persist beside the notebook. */
  toJSON(): LshIndexJson {
    const entries: Array<[string, string]> = [];
    for (const [id, slot] of this.slotOf) {
      entries.push([
        id,
        wordsToBase64(this.signatures.subarray(slot * SIGNATURE_LENGTH, (slot + 1) * SIGNATURE_LENGTH)),
      ]);
    }
    return { version: INDEX_VERSION, signatureVersion: SIGNATURE_VERSION, entries };
  }

  /**
   * Rebuilds an index from toJSON output, or returns null when the data is unusable (damaged,
   * or signed by another version): the index is a cache, so the caller re-signs the sources.
   */
  static fromJSON(data: unknown): LshIndex | null {
    if (typeof data !== 'object' || data === null) return null;
    const { version, signatureVersion, entries } = data as Partial<LshIndexJson>;
    if (version !== INDEX_VERSION || signatureVersion !== SIGNATURE_VERSION || !Array.isArray(entries))
      return null;
    const index = new LshIndex();
    for (const entry of entries as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return null;
      const signature = base64ToWords(entry[1]);
      if (!signature || signature.length !== SIGNATURE_LENGTH) return null;
      index.add(entry[0], signature);
    }
    return index;
  }

  private unlink(key: number, entry: number): void {
    let previous = -1;
    for (let at = this.heads.get(key) ?? -1; at >= 0; previous = at, at = this.next[at] ?? -1) {
      if (at !== entry) continue;
      const after = this.next[at] ?? -1;
      if (previous >= 0) this.next[previous] = after;
      else if (after >= 0) this.heads.set(key, after);
      else this.heads.delete(key);
      return;
    }
  }

  private grow(capacity: number): void {
    const signatures = new Uint32Array(capacity * SIGNATURE_LENGTH);
    signatures.set(this.signatures);
    this.signatures = signatures;
    const next = new Int32Array(capacity * BANDS);
    next.set(this.next);
    this.next = next;
    const seen = new Uint32Array(capacity);
    seen.set(this.seen);
    this.seen = seen;
  }
}

/** Bucket key of one band (a small non-negative integer, so Map keys stay unboxed), or −1 for an empty signal. */
function bandKey(signatures: ArrayLike<number>, band: number, offset: number): number {
  const signal = band < LSH_BANDS ? 0 : 1;
  const start = offset + signal * SIGNAL_SLOTS + (band - signal * LSH_BANDS) * LSH_ROWS;
  if (signatures[start] === EMPTY_SLOT) return -1;
  let h = band;
  for (let r = 0; r < LSH_ROWS; r++) h = mixInto(h, signatures[start + r] ?? 0);
  return fmix32(h) & 0x3fffffff;
}
