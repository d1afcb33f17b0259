import { createHash } from 'node:crypto';

const shardKeys = new Map<string, string>();

/** 256 shards keyed by the first byte of SHA-256(group id): ~200 records a shard at 50,000. */
export function shardKeyOf(groupId: string): string {
  let key = shardKeys.get(groupId);
  if (key !== undefined) return key;
  key = createHash('sha256').update(groupId).digest('hex').slice(0, 2);
  // Remembered because a search sync asks for every source's key; bounded for long sessions.
  if (shardKeys.size >= 200_000) shardKeys.clear();
  shardKeys.set(groupId, key);
  return key;
}
