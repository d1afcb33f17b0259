// A multiple of 3 so each chunk encodes without padding and the pieces join cleanly;
// small enough that String.fromCharCode.apply stays well under argument limits.
const CHUNK_BYTES = 3 * 8192;

/** Base64 of any size of bytes, without building one giant binary string. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, Math.min(start + CHUNK_BYTES, bytes.length));
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}
