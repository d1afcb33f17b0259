/** The last id's time and counter in this process: ids made in one millisecond still sort in order. */
let lastMs = -1;
let counter = 0;

/** rand_a holds a 12-bit counter (RFC 9562, 6.2 method 1); it restarts at a random value under 2048. */
const COUNTER_LIMIT = 0x1000;

/**
 * UUIDv7 (RFC 9562): globally unique so notebooks can be merged later, and time-ordered so that
 * ids sort by creation. Within one process they strictly increase, even for ids made in the same
 * millisecond or after the clock stepped back: lists that break ties by id (revisions, sources
 * made in one batch) then keep the order they were made in, never a random one.
 */
export function newId(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let ms = Math.max(now, lastMs);
  if (ms === lastMs) {
    counter += 1;
    if (counter >= COUNTER_LIMIT) {
      ms += 1;
      counter = (bytes[6] ?? 0) & 0x07;
    }
  } else {
    counter = (((bytes[6] ?? 0) & 0x07) << 8) | (bytes[7] ?? 0);
  }
  lastMs = ms;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
