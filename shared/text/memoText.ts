/** Most entries a memo keeps before it starts afresh. */
const MAX_ENTRIES = 4096;
/** Longest key a memo stores: longer texts are computed every time, so memory stays bounded. */
const MAX_KEY_CHARS = 20_000;

/**
 * A pure function of a text, remembered for recent texts. Extraction asks the same questions of
 * the same lines many times over (is it the title, is it a byline, which page line is it, how
 * many words): each answer is computed once. The result must be a string or a frozen value,
 * since every caller shares it. Bounded in entries and key length; when full it starts afresh,
 * which costs only the recomputation.
 */
export function memoText<T>(compute: (text: string) => T): (text: string) => T {
  let memo = new Map<string, T>();
  return (text: string): T => {
    if (text.length > MAX_KEY_CHARS) return compute(text);
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (memo.size >= MAX_ENTRIES) memo = new Map();
    memo.set(text, value);
    return value;
  };
}
