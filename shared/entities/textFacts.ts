// What the whole text says about single words: which appear in lower case (so are ordinary
// words), which appear capitalised mid-sentence (so are names), and what the lexicon knows.
import { classifyLine, type LineKind } from './classifyLine';
import type { TypedSpan, WordHints } from './entitySuggestion';
import { findNameRuns, type Run } from './findNameRuns';
import { INSTITUTION_METONYMS, PERSON_ROLES, TITLE_WORDS } from './lexicon';
import { FUNCTION_TAGS, FUNCTION_WORDS, NAME_TAGS } from './noiseWords';
import { tokenize, type Line } from './tokenize';

const PLACE_OR_ORG = new Set(['Place', 'City', 'Country', 'Region', 'Organization', 'Company']);

export type ReadLine = Line & { kind: LineKind; runs: Run[] };

export type TextFacts = {
  text: string;
  hints: WordHints;
  spans: readonly TypedSpan[];
  lines: ReadLine[];
  /** Lower-cased words that are capitalised mid-sentence at the edge of a name in prose. */
  midName: ReadonlySet<string>;
  /** The word also appears in lower case somewhere in the text. */
  seenInLowerCase(lower: string): boolean;
  /** An ordinary word: a function word, seen in lower case in this text, or known to the lexicon as one. */
  isCommonWord(lower: string): boolean;
  /** The lexicon knows this word or phrase as a person, place or organisation name. */
  isLexiconName(lower: string): boolean;
};

/** Tokenises and classifies the text once and derives the word-level facts. */
export function readTextFacts(
  text: string,
  hints: WordHints,
  spans: readonly TypedSpan[] = [],
  title?: string,
): TextFacts {
  const lines = tokenize(text);
  const lowercaseSeen = new Set<string>();
  const capitalisedMid = new Set<string>();
  const acronyms = new Set<string>();
  for (const line of lines) {
    for (const token of line.tokens) {
      if (!token.isWord) continue;
      if (!token.cap && /^\p{Ll}/u.test(token.text)) lowercaseSeen.add(token.lower);
      if (token.cap && !token.possessive && !token.sentenceStart) capitalisedMid.add(token.lower);
      if (token.allCaps) acronyms.add(token.text.replace(/\./g, ''));
    }
  }
  const isLexiconName = (lower: string): boolean => {
    if (INSTITUTION_METONYMS.has(lower)) return true;
    const tags = hints.tagsOf(lower);
    return (
      [...tags].some((tag) => NAME_TAGS.has(tag) && tag !== 'ProperNoun') &&
      ![...tags].some((tag) => FUNCTION_TAGS.has(tag))
    );
  };
  // First names alone do not count: "St Brigid's Health Centre" is one name.
  const isKnownName = (lower: string): boolean =>
    !TITLE_WORDS.has(lower) &&
    !PERSON_ROLES.has(lower) &&
    ([...hints.tagsOf(lower)].some((tag) => PLACE_OR_ORG.has(tag)) || capitalisedMid.has(lower));
  const midName = new Set<string>();
  const readLines: ReadLine[] = lines.map((line) => {
    const kind = classifyLine(line.tokens, title);
    const runs = findNameRuns(line.tokens, kind, { hints, isKnownName, acronyms });
    if (kind === 'prose') {
      for (const run of runs) {
        const first = line.tokens[run.from];
        const last = line.tokens[run.to - 1];
        if (!first || first.sentenceStart) continue;
        midName.add(first.lower);
        if (last) midName.add(last.lower);
      }
    }
    return { ...line, kind, runs };
  });
  const isCommonWord = (lower: string): boolean => {
    if (FUNCTION_WORDS.has(lower) || lowercaseSeen.has(lower)) return true;
    const tags = [...hints.tagsOf(lower)];
    return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
  };
  const seenInLowerCase = (lower: string): boolean => lowercaseSeen.has(lower);
  return { text, hints, spans, lines: readLines, midName, seenInLowerCase, isCommonWord, isLexiconName };
}
