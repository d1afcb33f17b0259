// Type evidence from the words around a mention: "in X", "the town of X", "spokesman X",
// "X region", "X, a Kyiv-based charity", "By X" in a byline, "X spokesman" (X is an organisation).
import { ORG_DESCRIPTORS, PERSON_ROLES, PLACE_NOUNS, PLACE_PREPOSITIONS, TITLE_WORDS } from './lexicon';
import { FUNCTION_WORDS } from './noiseWords';
import { zeroScores, type Scores } from './scores';
import type { NameMention } from './splitRun';
import type { TextFacts } from './textFacts';
import type { Token } from './tokenize';

const isRole = (lower: string): boolean =>
  PERSON_ROLES.has(lower) || TITLE_WORDS.has(lower) || /year-old$/.test(lower);
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

// A capitalised word counts too when only the sentence start capitalised it ("In Kyiv").
const lowerWord = (token: Token | undefined): string | undefined =>
  token?.isWord && (!token.cap || (token.sentenceStart && FUNCTION_WORDS.has(token.lower)))
    ? token.lower
    : undefined;

/** Scores from the tokens just before and after the mention in its line. */
export function contextCues(facts: TextFacts, mention: NameMention): Scores {
  const tokens = mention.line.tokens;
  const prose = mention.line.kind === 'prose';
  const scores = zeroScores();
  const at = (i: number): Token | undefined => tokens[i];
  const prev = lowerWord(at(mention.from - 1));
  if (prev) describeBefore(scores, prev, lowerWord(at(mention.from - 2)));
  // "Its director, Jonas Felber" / "a Polish cathode supplier, Katoda SA" (not "of the charity, X").
  const appositive = at(mention.from - 2);
  if (at(mention.from - 1)?.text === ',' && appositive && !appositive.cap) {
    const inPhrase = at(mention.from - 3)?.lower === 'the' && at(mention.from - 4)?.lower === 'of';
    if (isRole(appositive.lower)) scores.person += 3;
    else if (ORG_DESCRIPTORS.has(appositive.lower) && !inPhrase) scores.organisation += 3;
    else if (PLACE_NOUNS.has(appositive.lower)) scores.place += 3;
  }
  if (!prose && isByline(tokens, mention.from)) scores.person += 3;
  const afterWord = lowerWord(at(mention.to));
  if (afterWord && !at(mention.to - 1)?.possessive) {
    if (afterWord === '-based') scores.place += 2;
    else if (PLACE_NOUNS.has(afterWord)) scores.place += 3;
    else if (ORG_DESCRIPTORS.has(afterWord)) scores.organisation += 2;
    else if (PERSON_ROLES.has(afterWord) || TITLE_WORDS.has(afterWord))
      scores.organisation += 2; // "Pentagon spokesman"
    else if (ORG_DESCRIPTORS.has(lowerWord(at(mention.to + 1)) ?? '')) scores.organisation += 1.5;
  }
  if (at(mention.to)?.text === ',') describeApposition(facts, scores, tokens, mention.to + 1, prose);
  return scores;
}

function describeBefore(scores: Scores, word: string, word2: string | undefined): void {
  if (isRole(word)) scores.person += 3;
  else if (ORG_DESCRIPTORS.has(word)) scores.organisation += 3;
  else if (PLACE_NOUNS.has(word)) scores.place += 3;
  else if (word === 'of' && word2 && PLACE_NOUNS.has(word2)) scores.place += 3;
  else if (word === 'the') scores.organisation += 0.5;
  else scores.place += PLACE_PREPOSITIONS.get(word) ?? 0;
}

// "X, a former defence ministry lawyer from Lviv": the last descriptor of the noun phrase decides.
function describeApposition(
  facts: TextFacts,
  scores: Scores,
  tokens: readonly Token[],
  at: number,
  prose: boolean,
): void {
  const first = tokens[at];
  if (!first) return;
  if (first.lower === 'who') scores.person += 2;
  if (first.lower === 'which') scores.organisation += 0.5;
  if (/^\d{1,3}$/.test(first.text) && tokens[at + 1]?.text === ',') scores.person += 2;
  let found: keyof Scores | undefined;
  let foundAt = -1;
  for (let i = at; i < at + 8; i++) {
    const token = tokens[i];
    // "the German manufacturer", "the London payments start-up", "a Kyiv-based charity" stay inside the noun phrase.
    if (token?.cap && (isPlaceLike(facts, token.lower) || tokens[i + 1]?.lower === '-based')) continue;
    if (!token?.isWord || (prose && token.cap)) {
      // ", retired railway worker Josef Brabec": the role belongs to the next name.
      if (token?.cap && foundAt === i - 1) found = undefined;
      break;
    }
    if (FUNCTION_WORDS.has(token.lower) && !(i === at && NOUN_PHRASE_OPENERS.has(token.lower))) break;
    const kind = isRole(token.lower)
      ? 'person'
      : ORG_DESCRIPTORS.has(token.lower)
        ? 'organisation'
        : PLACE_NOUNS.has(token.lower)
          ? 'place'
          : undefined;
    if (kind) [found, foundAt] = [kind, i];
    else if (facts.hints.tagsOf(token.lower).has('Verb')) break;
  }
  // In headlines and chrome only "Name, Health Correspondent" is trusted.
  if (found && (prose || found === 'person')) scores[found] += 3;
}

const isPlaceLike = (facts: TextFacts, lower: string): boolean =>
  ['Demonym', 'Place', 'City', 'Country', 'Region'].some((tag) => facts.hints.tagsOf(lower).has(tag));

// "By Jenna Ruiz and Sam Whitaker": walk back over names and "and"/"," to a segment-opening "By".
function isByline(tokens: readonly Token[], from: number): boolean {
  for (let i = from - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token) return false;
    if (token.lower === 'by') return true;
    if (token.cap || token.lower === 'and' || token.text === ',' || token.text === '&') continue;
    return false;
  }
  return false;
}
