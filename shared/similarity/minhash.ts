// MinHash with the universal family h(x) = (a·x + b) mod p, p = 2^31 − 1 (a Mersenne prime).
// a·x reaches 2^62, past the 2^53 that doubles hold exactly, so `a` is split into 15 + 16 bits
// and the high partial product is folded with 2^31 ≡ 1 (mod p). Every intermediate then stays
// below 2^48: exact in plain JS numbers, no BigInt, and fast enough to sign a 700-word
// article in well under a millisecond.

const P = 2147483647;
const TWO_31 = 2147483648;

/** Value of every slot of an empty set's signature; real values are always below p. */
export const EMPTY_SLOT = 0xffffffff;

/** Reduces a 32-bit hash into [0, p), the domain of the permutations. */
function toField(hash: number): number {
  const x = hash & 0x7fffffff;
  return x === P ? 0 : x;
}

/** Computes (a·x + b) mod p for a = aHi·2^16 + aLo, with x, b < p. Exported for its tests. */
export function mulAddMod(aHi: number, aLo: number, b: number, x: number): number {
  const hi = aHi * x;
  const h1 = Math.floor(hi / 32768);
  let s = h1 + (hi - h1 * 32768) * 65536 + aLo * x + b;
  const q = Math.floor(s / TWO_31);
  s = s - q * TWO_31 + q;
  return s >= P ? s - P : s;
}

/** Deterministic coefficients (splitmix32), so signatures made on any machine agree. */
function coefficients(
  count: number,
  seed: number,
): { aHi: Float64Array; aLo: Float64Array; b: Float64Array } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) % P;
  };
  const aHi = new Float64Array(count);
  const aLo = new Float64Array(count);
  const b = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const a = 1 + (next() % (P - 1));
    aHi[i] = Math.floor(a / 65536);
    aLo[i] = a % 65536;
    b[i] = next();
  }
  return { aHi, aLo, b };
}

/** Signs sets of 32-bit hashes with `numPerm` independent permutations. */
export class MinHasher {
  readonly numPerm: number;
  private readonly aHi: Float64Array;
  private readonly aLo: Float64Array;
  private readonly b: Float64Array;

  constructor(numPerm: number, seed = 0x5eed) {
    this.numPerm = numPerm;
    ({ aHi: this.aHi, aLo: this.aLo, b: this.b } = coefficients(numPerm, seed));
  }

  /** Writes the signature of `hashes` (duplicates allowed) into `out` from `offset`. */
  sign(hashes: ArrayLike<number>, out = new Uint32Array(this.numPerm), offset = 0): Uint32Array {
    const xs = new Float64Array(hashes.length);
    for (let j = 0; j < xs.length; j++) xs[j] = toField(hashes[j] ?? 0);
    for (let i = 0; i < this.numPerm; i++) {
      // One permutation at a time keeps its coefficients in registers; mulAddMod is inlined
      // because this loop is the whole cost of signing.
      const aHi = this.aHi[i] as number;
      const aLo = this.aLo[i] as number;
      const b = this.b[i] as number;
      let min = Infinity;
      for (let j = 0; j < xs.length; j++) {
        const x = xs[j] as number;
        const hi = aHi * x;
        const h1 = Math.floor(hi / 32768);
        let s = h1 + (hi - h1 * 32768) * 65536 + aLo * x + b;
        const q = Math.floor(s / TWO_31);
        s = s - q * TWO_31 + q;
        if (s >= P) s -= P;
        if (s < min) min = s;
      }
      out[offset + i] = min === Infinity ? EMPTY_SLOT : min;
    }
    return out;
  }
}

/**
 * Estimated Jaccard similarity of the sets behind two signatures: the share of slots that
 * agree over [from, to). An empty set is similar to nothing, not even another empty set.
 */
export function estimateSimilarity(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  from = 0,
  to = a.length,
): number {
  if (to <= from || a[from] === EMPTY_SLOT || b[from] === EMPTY_SLOT) return 0;
  let equal = 0;
  for (let i = from; i < to; i++) if (a[i] === b[i]) equal++;
  return equal / (to - from);
}
