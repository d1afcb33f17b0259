import { NAV_WORDS } from './chromeVocabulary';
import { capitalRatio, endsLikeSentence, wordsOf } from './lineShape';

/**
 * Navigation-like line: section names, menu rows, run-together menu labels ("LatestWorldTop News").
 * Only trusted outside the article body, where subheadings cannot be mistaken for it.
 */
export function looksLikeMenu(text: string): boolean {
  const line = text.trim();
  const words = wordsOf(line);
  if (words.length === 0) return true;
  if (words.length > 14 || endsLikeSentence(line)) return false;
  if (words.every((w) => NAV_WORDS.has(w))) return true;
  const runTogether = (line.match(/\p{Ll}\p{Lu}/gu) ?? []).length;
  if (
    runTogether >= 2 &&
    words.length <= 5 &&
    capitalRatio(line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')) === 1
  )
    return true;
  const items = line.split(/\s*[|·•]\s*|\s{2,}/u).filter(Boolean);
  if (items.length >= 3 && items.every((i) => wordsOf(i).length <= 3)) return true;
  // A lone upper-case label ("WORLD", "EXCLUSIVE") is a section tag, not a sentence.
  return words.length <= 2 && line === line.toUpperCase() && /\p{Lu}/u.test(line);
}
