import { classifyChrome, isPromoBox } from './classifyChrome';
import { isSentenceLike, wordsOf } from './lineShape';
import { looksLikeMenu } from './looksLikeMenu';
import { readMetaLine } from './readMetaLine';
import type { CandidateBlock } from './types';

const LOOK_AHEAD = 25;

/** Could this line be a headline: a few words, no sentence-ending full stop. */
export function isHeadlineCandidate(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length >= 3 &&
    words.length <= 30 &&
    text.length <= 240 &&
    !/[.,;:]$/.test(text.trim()) &&
    /^[\p{Lu}\p{N}"'“‘«„¿¡]/u.test(text.trim())
  );
}

/**
 * Index of the headline among the first paragraphs: the first headline-like line that is not
 * page furniture. Returns -1 when running text starts before any such line.
 */
export function findHeadline(
  blocks: readonly CandidateBlock[],
  capturedAt: string,
  markdown: boolean,
): number {
  if (markdown) {
    const h = blocks.findIndex((b, i) => i < LOOK_AHEAD && b.kind === 'h' && isHeadlineCandidate(b.text));
    if (h >= 0) return h;
  }
  const candidates: number[] = [];
  const head = blocks.slice(0, LOOK_AHEAD + 3).map((b) => b.text);
  const meta = new Set(head.flatMap((text, i) => (readMetaLine(text, capturedAt) ? [i] : [])));
  const chrome = head.map((text) => classifyChrome(text));
  for (let i = 0; i < Math.min(blocks.length, LOOK_AHEAD); i += 1) {
    const text = head[i]!;
    // A title sitting on top of a cookie or newsletter box belongs to the box.
    if (meta.has(i) || chrome[i] || looksLikeMenu(text) || isPromoBox(chrome[i + 1] ?? null)) continue;
    if (/\.["”’]?$/.test(text.trim()) || (isSentenceLike(text) && wordsOf(text).length > 30)) break;
    // A two-word first line ("Dam report") is a title when nothing precedes it.
    if (
      isHeadlineCandidate(text) ||
      (i === 0 && wordsOf(text).length === 2 && isHeadlineCandidate(`${text} x`))
    )
      candidates.push(i);
  }
  // The headline is the line the byline or date hangs from; failing that, the first
  // candidate that is not shouted in capitals (mastheads, kickers, newsletter names).
  const byMeta =
    candidates.find((i) => meta.has(i + 1)) ??
    candidates.find((i) => meta.has(i + 2) && !candidates.includes(i + 1));
  if (byMeta !== undefined) return byMeta;
  const quiet = candidates.find((i) => blocks[i]!.text !== blocks[i]!.text.toUpperCase());
  return quiet ?? candidates[0] ?? -1;
}
