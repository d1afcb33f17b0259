// Splits text into lines of word and punctuation tokens with offsets, possessive and
// sentence-start flags: everything later stages need to read capitalisation as evidence.
import { HONORIFICS, TITLE_WORDS } from './lexicon';

export type Token = {
  /** Surface text without a possessive "'s"; keeps an abbreviation's dot ("Gen.", "U.S."). */
  text: string;
  /** Lower case without a trailing dot: the key for lexicon lookups. */
  lower: string;
  start: number;
  /** End of `text` (before any possessive suffix). */
  end: number;
  isWord: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, none lower case ("NATO", "U.S."). */
  allCaps: boolean;
  possessive: boolean;
  /** Capitalisation here says nothing: first word of a sentence, a quote, a list item or a line. */
  sentenceStart: boolean;
};

export type Line = { start: number; end: number; text: string; tokens: Token[] };

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’‐][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set([
  ...TITLE_WORDS,
  ...HONORIFICS,
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'st',
  'no',
  'vs',
  'mt',
  'ft',
]);
const BOUNDARIES = new Set(['.', '!', '?', ':', ';', '—', '–', '-', '|', '›', '»', '•', '·', '/', '…']);
const OPENING_QUOTES = new Set(['“', '‘', '«', '„']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

/** Lines of tokens covering the whole text; offsets index into `text`. */
export function tokenize(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    lines.push({
      start: lineStart,
      end: lineStart + rawLine.length,
      text: rawLine,
      tokens: tokenizeLine(rawLine, lineStart),
    });
    lineStart += rawLine.length + 1;
  }
  return lines;
}

function tokenizeLine(line: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let skipUntil = -1;
  for (const match of line.matchAll(TOKEN)) {
    const index = match.index;
    if (index < skipUntil) continue;
    let surface = match[0];
    const isWord = /[\p{L}\p{N}]/u.test(surface);
    if (!isWord) {
      const opening =
        OPENING_QUOTES.has(surface) ||
        (STRAIGHT_QUOTES.has(surface) && (index === 0 || /[\s([]/.test(line[index - 1] ?? '')));
      if (BOUNDARIES.has(surface) || opening) atStart = true;
      tokens.push(punct(surface, offset + index));
      continue;
    }
    let possessive = false;
    if (/\p{L}['’]s$/u.test(surface)) {
      possessive = true;
      surface = surface.slice(0, -2);
    }
    const bare = surface.toLowerCase();
    if (!possessive && line[index + surface.length] === '.' && ABBREVIATIONS.has(bare)) {
      surface += '.';
      skipUntil = index + surface.length;
    }
    // "a Kyiv-based charity" names Kyiv: keep the place as a word of its own.
    const based = /^(\p{Lu}.*)-based$/u.exec(surface)?.[1];
    if (based) {
      tokens.push(word(based, offset + index, false, atStart));
      tokens.push(word('-based', offset + index + based.length, false, false));
    } else {
      tokens.push(word(surface, offset + index, possessive, atStart));
    }
    atStart = false;
  }
  return tokens;
}

function word(surface: string, start: number, possessive: boolean, sentenceStart: boolean): Token {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return {
    text: surface,
    lower: surface.toLowerCase().replace(/\.$/, ''),
    start,
    end: start + surface.length,
    isWord: true,
    cap: /^\p{Lu}/u.test(surface),
    allCaps: letters.length >= 2 && !/\p{Ll}/u.test(letters),
    possessive,
    sentenceStart,
  };
}

function punct(text: string, start: number): Token {
  return {
    text,
    lower: text,
    start,
    end: start + text.length,
    isWord: false,
    cap: false,
    allCaps: false,
    possessive: false,
    sentenceStart: false,
  };
}
