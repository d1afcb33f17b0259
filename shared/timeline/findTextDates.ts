import { isoDay } from '../import/calendar';
import { monthByName } from '../import/monthNames';
import {
  CYRILLIC_DAY_PREPOSITIONS,
  DATE_FILLERS,
  dayOffsetByWord,
  dayWordsOfLanguage,
  weekdayByName,
} from './dayWords';

/** A date named in a text, resolved to a calendar day. */
export interface TextDate {
  /** Where the words are in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** YYYY-MM-DD. */
  date: string;
  /**
   * True when the day is a reasoned guess: a weekday taken as the latest one on or before
   * publication, or anything resolved against a capture time because the publication date is unknown.
   */
  approximate: boolean;
}

/** What relative words are resolved against. */
export interface DateAnchor {
  publishedAt: string | null;
  capturedAt: string;
  /** The source's language code, if known ("fr", "de-AT"…), for words that mean a day in one language only. */
  language?: string | null;
  /** True when the publication date itself was worked out from words ("3 days ago"). */
  publishedApproximate?: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const MAX_DATES = 2000;
// Letters and digits, joined by single hyphens, apostrophes, dots or slashes ("aujourd'hui",
// "14.03.2026"). Each repetition must consume a separator, so matching is linear.
const TOKEN = /[\p{L}\p{N}]+(?:[-’ʼ'./][\p{L}\p{N}]+)*/gu;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th|er|e|го|-го)?$/u;
const YEAR = /^(1[89]\d\d|2[01]\d\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})([./])(\d{1,2})[./](\d{4})$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let word = m[0].toLowerCase();
    if (/[’']s$/.test(word)) word = word.slice(0, -2);
    tokens.push({ word, start, end: start + m[0].length });
  }
  return tokens;
}

/** The anchor day as UTC midnight ms, and whether resolving against it is a guess. */
function anchorDay(anchor: DateAnchor): { ms: number; guess: boolean } | null {
  for (const [value, guess] of [
    [anchor.publishedAt, anchor.publishedApproximate === true],
    [anchor.capturedAt, true],
  ] as const) {
    if (!value) continue;
    const iso = ISO_DATE.exec(value.slice(0, 10));
    const ms = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : Date.parse(value);
    if (!Number.isNaN(ms)) return { ms: ms - (ms % 86_400_000), guess };
  }
  return null;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayNumber = (word: string | undefined) => {
  const m = word === undefined ? null : DAY_NUMBER.exec(word);
  return m ? Number(m[1]) : null;
};

/**
 * Dates named in `text`, in order: full dates ("14 March 2026", "March 14, 2026", "14.03.2026",
 * "2026-03-14"), a day and month without a year ("March 14", "14 марта", "14 de marzo") taken in
 * the year that puts them closest before publication (up to a month after it), day words
 * ("yesterday", "вчера", "gestern", "ayer") and weekdays ("on Tuesday", "am Dienstag", "el
 * martes", "во вторник") taken as the latest such day on or before publication. Scans words
 * once, left to right; at most MAX_DATES results.
 */
export function findTextDates(text: string, anchor: DateAnchor): TextDate[] {
  const tokens = tokenize(text);
  const base = anchorDay(anchor);
  const language = (anchor.language ?? '').slice(0, 2).toLowerCase();
  const ownWords = dayWordsOfLanguage.get(language);
  const found: TextDate[] = [];
  for (let i = 0; i < tokens.length && found.length < MAX_DATES; i++) {
    const hit =
      readFullOrDayMonth(tokens, i, base) ?? (base ? readRelative(tokens, i, base, ownWords) : null);
    if (!hit) continue;
    found.push(hit.date);
    i = hit.last;
  }
  return found;
}

interface Hit {
  date: TextDate;
  /** Index of the last token used. */
  last: number;
}

function hitOf(tokens: Token[], first: number, last: number, date: string, approximate: boolean): Hit {
  const start = tokens[first]?.start ?? 0;
  return { date: { start, end: tokens[last]?.end ?? start, date, approximate }, last };
}

/** Index of the next token after `i` that is not a filler word, within two steps. */
function skipFillers(tokens: Token[], i: number): number {
  let j = i + 1;
  if (DATE_FILLERS.has(tokens[j]?.word ?? '')) j++;
  return j;
}

function readFullOrDayMonth(
  tokens: Token[],
  i: number,
  base: { ms: number; guess: boolean } | null,
): Hit | null {
  const word = tokens[i]?.word ?? '';
  const iso = ISO_DATE.exec(word);
  if (iso) {
    const date = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? hitOf(tokens, i, i, date, false) : null;
  }
  const dotted = DOTTED.exec(word);
  if (dotted) {
    // Day first, as dotted dates are written in Europe; slashes are ambiguous when both parts are ≤ 12.
    const [d, m] = [Number(dotted[1]), Number(dotted[3])];
    const date = isoDay(Number(dotted[4]), m, d);
    return date ? hitOf(tokens, i, i, date, dotted[2] === '/' && d <= 12 && m <= 12) : null;
  }
  const day = dayNumber(word);
  if (day !== null) {
    const m = skipFillers(tokens, i);
    const month = monthByName.get(tokens[m]?.word ?? '');
    return month ? withYear(tokens, i, m, day, month, base) : null;
  }
  const month = monthByName.get(word);
  if (month === undefined) return null;
  const d = dayNumber(tokens[i + 1]?.word);
  return d === null ? null : withYear(tokens, i, i + 1, d, month, base);
}

/** "… 14 March" then an optional year; without one, the year closest before publication. */
function withYear(
  tokens: Token[],
  first: number,
  last: number,
  day: number,
  month: number,
  base: { ms: number; guess: boolean } | null,
): Hit | null {
  const y = skipFillers(tokens, last);
  const yearWord = YEAR.exec(tokens[y]?.word ?? '');
  if (yearWord) {
    const date = isoDay(Number(yearWord[1]), month, day);
    return date ? hitOf(tokens, first, y, date, false) : null;
  }
  if (!base) return null;
  const baseYear = new Date(base.ms).getUTCFullYear();
  // Reports name recent days: a date more than a month after publication is last year's.
  const year = Date.UTC(baseYear, month - 1, day) - base.ms > 31 * 86_400_000 ? baseYear - 1 : baseYear;
  const date = isoDay(year, month, day);
  return date ? hitOf(tokens, first, last, date, base.guess) : null;
}

function readRelative(
  tokens: Token[],
  i: number,
  base: { ms: number; guess: boolean },
  ownWords: ReadonlyMap<string, number> | undefined,
): Hit | null {
  const word = tokens[i]?.word ?? '';
  const offset = dayOffsetByWord.get(word) ?? ownWords?.get(word);
  if (offset !== undefined) return hitOf(tokens, i, i, dayOf(base.ms + offset * 86_400_000), base.guess);
  const weekday = weekdayByName.get(word);
  if (weekday === undefined) return null;
  if (/\p{Script=Cyrillic}/u.test(word) && !CYRILLIC_DAY_PREPOSITIONS.has(tokens[i - 1]?.word ?? ''))
    return null;
  const baseWeekday = ((new Date(base.ms).getUTCDay() + 6) % 7) + 1;
  const back = (baseWeekday - weekday + 7) % 7;
  return hitOf(tokens, i, i, dayOf(base.ms - back * 86_400_000), true);
}
