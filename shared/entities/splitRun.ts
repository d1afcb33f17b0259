// Turns a capitalised run into name mentions: drops sentence-initial function words, strips
// titles ("Russian President Vladimir Putin" -> "Vladimir Putin" + person cue) and keeps what
// stood before a title as a name of its own ("Cedar Falls Mayor Theresa Quinn").
import {
  HONORIFICS,
  NAME_PARTICLES,
  ORG_HEADS,
  PERSON_ROLES,
  PLACE_HEADS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { FUNCTION_TAGS, FUNCTION_WORDS, GENERIC_WORDS } from './noiseWords';
import { zeroScores, type Scores } from './scores';
import type { ReadLine, TextFacts } from './textFacts';
import type { Token } from './tokenize';
import type { Run } from './findNameRuns';

export type NameMention = {
  line: ReadLine;
  from: number;
  to: number;
  name: string;
  start: number;
  end: number;
  /** The first word's capital letter may only mark the start of a sentence. */
  initial: boolean;
  dateline: boolean;
  /** Evidence from titles found inside the run. */
  cue: Scores;
};

const isTitle = (token: Token | undefined): boolean =>
  !!token && !token.possessive && (TITLE_WORDS.has(token.lower) || HONORIFICS.has(token.lower));
const isTitlePart = (token: Token | undefined): boolean =>
  isTitle(token) || (!!token && TITLE_MODIFIERS.has(token.lower));
const isConnector = (token: Token | undefined): boolean => !!token && !token.cap && !/^\d/.test(token.text);

/** The name mentions inside one run. */
// Long because one pass over the run's tokens keeps the open mention in locals.
export function splitRun(facts: TextFacts, line: ReadLine, run: Run): NameMention[] {
  const tokens = line.tokens;
  let from = run.from;
  let to = run.to;
  let initial = !!tokens[from]?.sentenceStart || line.kind !== 'prose';
  const cue = zeroScores();
  if (tokens.slice(from, to).every((token) => token.allCaps || !token.isWord)) {
    const letters = tokens
      .slice(from, to)
      .reduce((n, token) => n + token.text.replace(/\P{L}/gu, '').length, 0);
    if (to - from > 1 || letters > 6) return datelineMention(line, from, to);
  }
  const functionLike = (token: Token | undefined): boolean =>
    !!token &&
    !token.allCaps &&
    (FUNCTION_WORDS.has(token.lower) ||
      [...facts.hints.tagsOf(token.lower)].some((tag) => FUNCTION_TAGS.has(tag)));
  // "De Vries said": a surname particle opening the sentence stays.
  const particle = (i: number): boolean => NAME_PARTICLES.has(tokens[i]?.lower ?? '') && i + 1 < to;
  if (initial) {
    while (from < to && functionLike(tokens[from]) && !particle(from)) {
      from++;
      initial = false;
    }
    // "Residents of Kalulushi said": a word the text also uses in lower case, and its "of", open the sentence.
    const opener = tokens[from];
    if (
      opener &&
      tokens[from + 1]?.lower === 'of' &&
      facts.seenInLowerCase(opener.lower) &&
      !ORG_HEADS.has(opener.lower) &&
      !isTitle(opener)
    ) {
      from += 2;
      while (from < to && !tokens[from]?.cap) from++;
      initial = false;
    }
    // "Meteorologist Rajiv Menon said": a role word opening the sentence.
    const first = tokens[from];
    if (
      initial &&
      first &&
      to - from >= 2 &&
      !isTitle(first) &&
      PERSON_ROLES.has(first.lower) &&
      rightSideIsName(facts, tokens, from + 1, to)
    ) {
      cue.person += 3;
      from++;
      initial = false;
    }
  }
  // A trailing title qualifies the next name ("Cedar Falls Mayor, ..."); a trailing role is a job ("Health Correspondent").
  if (isTitle(tokens[to - 1])) {
    while (to > from && isTitle(tokens[to - 1])) to--;
    while (to > from && TITLE_MODIFIERS.has(tokens[to - 1]?.lower ?? '')) to--;
  }
  const last = tokens[to - 1];
  if (last && !last.possessive && PERSON_ROLES.has(last.lower)) return [];
  return splitAtTitle(facts, line, from, to, initial, cue);
}

function splitAtTitle(
  facts: TextFacts,
  line: ReadLine,
  from: number,
  to: number,
  initial: boolean,
  cue: Scores,
): NameMention[] {
  const tokens = line.tokens;
  let title = -1;
  for (let k = to - 2; k >= from; k--) {
    if (isTitle(tokens[k]) && rightSideIsName(facts, tokens, k + 1, to)) {
      title = k;
      break;
    }
  }
  if (title < 0) return compact([mention(line, from, to, initial, cue)]);
  let titleStart = title;
  while (titleStart > from && isTitlePart(tokens[titleStart - 1])) titleStart--;
  const personCue: Scores = {
    ...cue,
    person: cue.person + (HONORIFICS.has(tokens[title]?.lower ?? '') ? 4 : 3),
  };
  const out: NameMention[] =
    titleStart > from ? splitAtTitle(facts, line, from, titleStart, initial, zeroScores()) : [];
  let right = title + 1;
  const lead = tokens[right]?.lower;
  if (lead === 'of' || lead === 'for') {
    // A portfolio ("Secretary of State", "President of the European Council") may precede the name.
    right += tokens[right + 1]?.lower === 'the' ? 2 : 1;
    let person = tokens.findIndex((token, j) => j > right && j < to && isFirstName(facts, token));
    if (person < 0 && to - right >= 3) person = to - 2;
    const portfolioEnd = person < 0 ? to : person;
    if (ORG_HEADS.has(tokens[portfolioEnd - 1]?.lower ?? ''))
      out.push(...compact([mention(line, right, portfolioEnd, false, zeroScores())]));
    if (person >= 0) out.push(...compact([mention(line, person, to, false, personCue)]));
    return out;
  }
  out.push(...compact([mention(line, right, to, false, personCue)]));
  return out;
}

// After a title comes a name, not an ordinary word ("Federation President Suspended") or an office.
function rightSideIsName(facts: TextFacts, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  if (first.lower === 'of' || first.lower === 'for') return true;
  const last = tokens[to - 1]?.lower ?? '';
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || GENERIC_WORDS.has(first.lower)) return false;
  return facts.isLexiconName(first.lower) || !facts.isCommonWord(first.lower);
}

const isFirstName = (facts: TextFacts, token: Token | undefined): boolean =>
  !!token && ['FirstName', 'MaleName', 'FemaleName'].some((tag) => facts.hints.tagsOf(token.lower).has(tag));

function mention(
  line: ReadLine,
  from: number,
  to: number,
  initial: boolean,
  cue: Scores,
): NameMention | undefined {
  const tokens = line.tokens;
  const startFrom = from;
  while (from < to && isConnector(tokens[from])) from++;
  while (to > from && isConnector(tokens[to - 1])) to--;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || from >= to) return undefined;
  const name = line.text.slice(first.start - line.start, last.end - line.start);
  return {
    line,
    from,
    to,
    name,
    start: first.start,
    end: last.end,
    initial: initial && from === startFrom,
    dateline: false,
    cue,
  };
}

function datelineMention(line: ReadLine, from: number, to: number): NameMention[] {
  // "GENEVA —" opens a news story with the place it was filed from; other shouting is page chrome.
  const firstWord = line.tokens.findIndex((token) => token.isWord);
  const dash = line.tokens[to]?.text ?? '';
  if (line.kind !== 'prose' || from !== firstWord || !['—', '–', '-'].includes(dash)) return [];
  const found = mention(line, from, to, false, { ...zeroScores(), place: 3 });
  if (!found) return [];
  const name = found.name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
  return [{ ...found, name, dateline: true }];
}

const compact = (list: Array<NameMention | undefined>): NameMention[] =>
  list.filter((item): item is NameMention => !!item);
