export interface Mention {
  start: number;
  end: number;
  /** The sentence around the mention, for the entity page. */
  sentence: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds one matcher for all names, longest first so "Yuri Ushakov" wins over "Ushakov". */
export function mentionPattern(names: string[]): RegExp | null {
  const cleaned = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (cleaned.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cleaned.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const after = text.slice(end, end + 300);
  const from = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  const stops = [after.search(/[.!?](\s|$)/), after.indexOf('\n')].filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) + 1 : after.length;
  return (before.slice(from < 0 ? 0 : from + 1) + text.slice(start, end) + after.slice(0, to)).trim();
}

/** Every mention of any of the names in the text (whole words, any case). */
export function findMentions(
  text: string,
  names: string[] | RegExp | null,
  limit = Number.POSITIVE_INFINITY,
): Mention[] {
  const pattern = names instanceof RegExp || names === null ? names : mentionPattern(names);
  if (!pattern) return [];
  const found: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({ start, end, sentence: sentenceAround(text, start, end) });
    if (found.length >= limit) break;
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many mentions a text has, without building sentences: for the
 * per-source counts past the listing limit. Works on lower-cased text and
 * lower-cased names with plain indexOf, which is several times faster than
 * the Unicode-aware pattern; a longer name claims its span first.
 */
export function countMentions(foldedText: string, foldedNames: string[]): number {
  const names = [...new Set(foldedNames.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  let count = 0;
  for (const name of names) {
    for (let at = foldedText.indexOf(name); at !== -1; at = foldedText.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD_CHAR.test(foldedText.charAt(at - 1)) || WORD_CHAR.test(foldedText.charAt(end))) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      count++;
    }
  }
  return count;
}
