// Finds maximal runs of capitalised words in a line ("Northvale Regional Health Agency",
// "Bank of England", "Willem van der Berg"), the raw material for every suggestion.
import { initialisms } from './acronymOf';
import type { LineKind } from './classifyLine';
import type { WordHints } from './entitySuggestion';
import { HONORIFICS, LEGAL_SUFFIXES, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './lexicon';
import { CALENDAR_WORDS, FUNCTION_WORDS } from './noiseWords';
import type { Token } from './tokenize';

/** Token range [from, to) of one line. */
export type Run = { from: number; to: number };

export type RunContext = {
  hints: WordHints;
  /** The word is a name in its own right (so "X's Y" is X's Y, not one name). */
  isKnownName(lower: string): boolean;
  /** All-caps abbreviations used in the text, without dots. */
  acronyms: ReadonlySet<string>;
};

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Could this token be part of a name at all? */
export function isNameToken(token: Token | undefined, kind: LineKind, hints: WordHints): boolean {
  if (!token?.isWord || !token.cap || /^i(?:['’](?:m|d|ll|ve))?$/.test(token.lower)) return false;
  if (CALENDAR_WORDS.has(token.lower)) return false;
  // Headlines capitalise function words, which would glue every name of the line together.
  if (kind !== 'prose' && (FUNCTION_WORDS.has(token.lower) || hints.tagsOf(token.lower).has('Preposition')))
    return false;
  return true;
}

const isHead = (token: Token | undefined, hints: WordHints): boolean =>
  !!token &&
  (ORG_HEADS.has(token.lower) ||
    LEGAL_SUFFIXES.has(token.text.replace(/\.$/, '')) ||
    !!hints.orgWords?.has(token.lower));

/** Runs of name tokens joined by connectors, split at possessives and trimmed of connectors. */
export function findNameRuns(tokens: readonly Token[], kind: LineKind, context: RunContext): Run[] {
  const runs: Run[] = [];
  const name = (i: number): boolean => isNameToken(tokens[i], kind, context.hints);
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // "Russian-held" is an adjective; "Vaulx-en-Velin" is a name.
    const startsHere = name(i) && !/-\p{Ll}+$/u.test(first?.text ?? '');
    const ordinal = !!first && ORDINAL.test(first.text) && name(i + 1);
    if (!startsHere && !ordinal) {
      i++;
      continue;
    }
    let end = i + 1; // exclusive
    for (;;) {
      const last = tokens[end - 1];
      if (last?.possessive && !joinsAfterPossessive(tokens, end, context)) break;
      if (name(end)) {
        end++;
        continue;
      }
      const next = tokens[end];
      if (next && /^\d+[A-Z]?$/.test(next.text) && PLACE_HEADS.has(last?.lower ?? '')) {
        end++; // "Route 49"
        break;
      }
      if (!next || next.cap || (!next.isWord && next.text !== '&')) break;
      const step = connectorLength(tokens, i, end, context);
      if (step === 0 || !name(end + step)) break;
      end += step + 1;
    }
    runs.push({ from: i, to: end });
    i = end;
  }
  return runs;
}

// "Sheriff's Office", "St Brigid's Health Centre": a possessive inside a name is followed shortly by
// a head word, and the possessor is not a name of its own ("Ukraine's Defence Ministry").
function joinsAfterPossessive(tokens: readonly Token[], end: number, context: RunContext): boolean {
  const possessor = tokens[end - 1];
  const saint = ['st', 'saint'].includes(tokens[end - 2]?.lower ?? '');
  if (!possessor || (!saint && context.isKnownName(possessor.lower))) return false;
  for (const offset of [0, 1]) {
    const token = tokens[end + offset];
    if (!token?.cap) return false;
    if (saint || isHead(token, context.hints) || PLACE_HEADS.has(token.lower)) return true;
  }
  return false;
}

// How many lower-case tokens starting at `at` may sit inside the run (0 = none).
function connectorLength(tokens: readonly Token[], from: number, at: number, context: RunContext): number {
  const { hints } = context;
  const word = tokens[at]?.lower ?? '';
  const left = tokens.slice(from, at).filter((token) => token.cap);
  if (word === '&') return 1;
  if (NAME_PARTICLES.has(word)) {
    // "van der Berg", "de la Cruz"
    let step = 1;
    while (NAME_PARTICLES.has(tokens[at + step]?.lower ?? '') && !tokens[at + step]?.cap) step++;
    return step;
  }
  if (word === 'of' || word === 'for') {
    // "Bank of England", "Kyiv School of Economics", but not "Viktor Halas of Karlov University".
    const structured =
      left.length === 1 ||
      left.some(
        (t) =>
          isHead(t, hints) || PLACE_HEADS.has(t.lower) || TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower),
      );
    if (!structured) return 0;
    return ['the', 'a', 'an'].includes(tokens[at + 1]?.lower ?? '') ? 2 : 1;
  }
  if (word === 'on') return isHead(tokens[at - 1], hints) ? 1 : 0;
  let next = at + 1;
  while (tokens[next]?.cap) next++;
  // "Organisation for Security and Co-operation in Europe" when the text also says "OSCE".
  if (word === 'in') {
    const whole = tokens
      .slice(from, next)
      .map((token) => token.text)
      .join(' ');
    return initialisms(whole).some((letters) => context.acronyms.has(letters)) ? 1 : 0;
  }
  if (word !== 'and') return 0;
  // "International Rowing and Canoe Federation" but not "Germany and Sweden" or "Partners and Vestry & Co".
  if (isHead(tokens[at - 1], hints)) return 0;
  if (isHead(tokens[next - 1], hints)) return 1;
  const opensWithHead =
    isHead(tokens[from], hints) && tokens.slice(from, at).some((t) => t.lower === 'of' || t.lower === 'for');
  return opensWithHead ? 1 : 0;
}
