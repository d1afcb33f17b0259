/** Words an "@" citation query may span ("@20 points", "@harbour board minutes"). */
export const AT_QUERY_MAX_WORDS = 5;
const MAX_CHARS = 80;

/** Whether a typed query is still short enough to be a search, not the rest of a sentence. */
export function shortEnough(query: string, maxWords: number): boolean {
  if (query.length > MAX_CHARS) return false;
  return query.trim().split(/\s+/).filter(Boolean).length <= maxWords;
}
