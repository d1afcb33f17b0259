/**
 * How a typed name matches an entity's name or aliases, so an existing entity is offered before
 * "create": case, accents and punctuation are ignored ("lopez" finds "López", "j. smith" finds
 * "J Smith"), and a surname or any later word is enough ("Putin" finds "Vladimir Putin").
 */

/** Lower case, accents and punctuation dropped, spaces collapsed. Linear; no regex backtracking. */
export function foldEntityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 0 the whole name or an alias; 1 every typed word starts a word of it, in order; 2 inside it; null none. */
export function entityNameRank(names: readonly string[], query: string): 0 | 1 | 2 | null {
  const q = foldEntityName(query);
  if (!q) return null;
  const folded = names.map(foldEntityName);
  if (folded.includes(q)) return 0;
  const typed = q.split(' ');
  if (folded.some((name) => wordsStartInOrder(name.split(' '), typed))) return 1;
  if (folded.some((name) => name.includes(q))) return 2;
  return null;
}

function wordsStartInOrder(words: readonly string[], typed: readonly string[]): boolean {
  let at = 0;
  for (const part of typed) {
    while (at < words.length && !words[at]!.startsWith(part)) at += 1;
    if (at === words.length) return false;
    at += 1;
  }
  return true;
}
