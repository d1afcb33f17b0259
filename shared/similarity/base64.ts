// Compact text form of signatures for JSON files. shared/ cannot rely on Node's Buffer or the
// DOM's btoa, so this is a small codec of its own; bytes are little-endian on every platform.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ENCODE.length; i++) DECODE[ENCODE[i] ?? 0] = i;
const PAD = 61; // '='

/** Base64 of the little-endian bytes of 32-bit words. */
export function wordsToBase64(words: ArrayLike<number>): string {
  const bytes = new Uint8Array(words.length * 4);
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? 0) >>> 0;
    bytes[i * 4] = w & 0xff;
    bytes[i * 4 + 1] = (w >>> 8) & 0xff;
    bytes[i * 4 + 2] = (w >>> 16) & 0xff;
    bytes[i * 4 + 3] = w >>> 24;
  }
  const chars = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  for (let i = 0, o = 0; i < bytes.length; i += 3, o += 4) {
    const left = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chars[o] = ENCODE[(n >>> 18) & 63] ?? PAD;
    chars[o + 1] = ENCODE[(n >>> 12) & 63] ?? PAD;
    chars[o + 2] = left > 1 ? (ENCODE[(n >>> 6) & 63] ?? PAD) : PAD;
    chars[o + 3] = left > 2 ? (ENCODE[n & 63] ?? PAD) : PAD;
  }
  let out = '';
  // Chunked so the argument list stays far below engine limits for long inputs.
  for (let i = 0; i < chars.length; i += 8192) {
    out += String.fromCharCode.apply(null, chars.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/** Inverse of wordsToBase64, or null when the text is not a whole number of words in base64. */
export function base64ToWords(text: string): Uint32Array | null {
  let length = text.length;
  if (length % 4 !== 0) return null;
  if (text.charCodeAt(length - 1) === PAD) length -= text.charCodeAt(length - 2) === PAD ? 2 : 1;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  if (bytes.length % 4 !== 0) return null;
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (DECODE[code] ?? -1) : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >>> bits) & 0xff;
    }
  }
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) {
    const b = i * 4;
    const w =
      (bytes[b] ?? 0) |
      ((bytes[b + 1] ?? 0) << 8) |
      ((bytes[b + 2] ?? 0) << 16) |
      ((bytes[b + 3] ?? 0) << 24);
    words[i] = w >>> 0;
  }
  return words;
}
