import { ATTRIBUTION, QUOTED_SPEECH, SHARE_CORE, SHARE_WORDS } from './chromeVocabulary';
import { wordsOf } from './lineShape';

export type ChromeCategory =
  | 'share'
  | 'comments'
  | 'newsletter'
  | 'donate'
  | 'cookie'
  | 'back-to-top'
  | 'related'
  | 'related-link'
  | 'counter'
  | 'hashtags'
  | 'tags'
  | 'ad'
  | 'image-credit'
  | 'breadcrumb'
  | 'nav'
  | 'promo'
  | 'social'
  | 'copyright'
  | 'contact'
  | 'about-author'
  | 'widget'
  | 'legal';

/** One line as the rules see it. */
export interface Line {
  text: string;
  words: readonly string[];
  /** At most a dozen words: labels, buttons, menu entries. */
  short: boolean;
}
export type Rule = [ChromeCategory, (line: Line) => boolean];

/** A rule that only applies to short lines matching the pattern as a whole. */
export const whole = (re: RegExp) => (l: Line) => l.short && re.test(l.text);
/** Quoted speech with attribution: a source talking, never page furniture. */
export const spoken = (l: Line) => QUOTED_SPEECH.test(l.text) && ATTRIBUTION.test(l.text);
/** Second person or the publisher's "we": a line talking to the reader. */
export const addressesReader = /\b(you|your|our|us|we|we['’]re|sie|ihr|vous|votre|nous|notre)\b/iu;
// A sentence that opens with an order to the reader ("Subscribe to...", "Enjoyed this story?").
const IMPERATIVE =
  /(?:^|[.!?]\s+)(subscribe|sign up|join|follow|support|donate|download|register|become|enjoy(ed)? this|liked? this|don['’]t miss|click|tap|get (our|the|breaking))\b/iu;
/** Short, or spoken to the reader: how promotion boxes talk. */
export const toReader = (l: Line) =>
  l.short || addressesReader.test(l.text) || (l.words.length <= 30 && IMPERATIVE.test(l.text));

/** A toolbar of share/save/print buttons. */
export function isShareToolbar(l: Line): boolean {
  if (!l.short || l.words.length === 0) return false;
  if (!l.words.every((w) => SHARE_WORDS.has(w))) return false;
  return (
    l.words.some((w) => SHARE_CORE.has(w)) ||
    /^(email|e-mail|print|copy link|link copied|save|save article|gift (this )?article|bookmark)$/iu.test(
      l.text,
    )
  );
}

/** "Home > World > Europe": short capitalised pieces joined by arrows or slashes. */
export function isBreadcrumb(text: string): boolean {
  const pieces = text.split(/\s*[>›»/|]\s*/u);
  if (pieces.length < 2 || (pieces.length < 3 && !/[>›»]/u.test(text))) return false;
  return pieces.every(
    (p) =>
      p.length > 0 &&
      p.length <= 40 &&
      wordsOf(p).length <= 5 &&
      /^[\p{Lu}\p{N}]/u.test(p) &&
      !/[.!?]$/.test(p),
  );
}

/** Splits a line into the features the rules test; a leading bullet is ignored. */
export function toLine(text: string): Line {
  const trimmed = text.trim().replace(/^[•·▪●◦\-–*]\s+/u, '');
  const words = wordsOf(trimmed);
  return { text: trimmed, words, short: words.length <= 12 && trimmed.length <= 100 };
}
