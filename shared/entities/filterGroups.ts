// Drops groups that are not entities: generic capitalised words, honorifics alone, demonyms,
// common abbreviations, and names whose only capital letters could be sentence starts or
// headline case without any other sign of being a name.
import type { NameGroup } from './groupMentions';
import {
  HONORIFICS,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  PERSON_ROLES,
  PLACE_HEADS,
  PLACE_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { CALENDAR_WORDS, COMMON_ACRONYMS, FUNCTION_WORDS, GENERIC_WORDS } from './noiseWords';
import { topScore } from './scores';
import type { TextFacts } from './textFacts';

const GENERIC_LISTS = [
  GENERIC_WORDS,
  TITLE_WORDS,
  HONORIFICS,
  TITLE_MODIFIERS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PERSON_ROLES,
  ORG_DESCRIPTORS,
  FUNCTION_WORDS,
  CALENDAR_WORDS,
];

/** Groups worth suggesting; gives the place a demonym points to a place cue on the way. */
export function filterGroups(groups: NameGroup[], facts: TextFacts): NameGroup[] {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  return groups.filter((group) => {
    const base = demonymBase(group, byKey);
    if (base) {
      base.scores.place += 2;
      return false;
    }
    return !isNoise(group, groups, facts) && hasEvidence(group, facts);
  });
}

function isNoise(group: NameGroup, groups: readonly NameGroup[], facts: TextFacts): boolean {
  const words = group.words;
  if (!/\p{L}/u.test(group.key) || words.length > 8) return true;
  // Several generic words capitalised mid-sentence are an institution ("the State Department").
  const generic = words.every(
    (word) => /^\d/.test(word) || GENERIC_LISTS.some((list) => list.has(word.replace(/\.$/, ''))),
  );
  if (generic && (words.length === 1 || !group.midSentence)) return true;
  // "Text FIRE to 555": an ordinary word in capitals for emphasis inside a phrase.
  const tokens = group.mentions[0]
    ? group.mentions[0].line.tokens.slice(group.mentions[0].from, group.mentions[0].to)
    : [];
  if (
    tokens.some((token) => token.allCaps && facts.seenInLowerCase(token.lower)) &&
    tokens.some((token) => token.cap && !token.allCaps)
  )
    return true;
  if (words.length === 1) {
    const word = words[0] ?? '';
    if (COMMON_ACRONYMS.has(word.replace(/\./g, ''))) return true;
    if (/-\p{Ll}/u.test(group.name)) return true; // "Russian-held"
    // "Swiss" is an adjective, but "in Laos" (tagged as a demonym too) is a place.
    if (
      (facts.hints.tagsOf(word).has('Demonym') && group.context.place < 1.5) ||
      isAdjective(group, groups, facts)
    )
      return true;
    // An all-caps ordinary word ("Text FIRE to ...") is emphasis, unless used as "the WHO".
    const allCaps = group.mentions.every((mention) => mention.line.tokens[mention.from]?.allCaps);
    if (
      allCaps &&
      facts.seenInLowerCase(word) &&
      !group.mentions.some((m) => m.line.tokens[m.from - 1]?.lower === 'the')
    )
      return true;
  }
  return false;
}

function hasEvidence(group: NameGroup, facts: TextFacts): boolean {
  if (!group.inProse) return topScore(group.context) >= 2;
  if (group.midSentence) return true;
  // Every prose mention opens a sentence: a recurring name, a known name or a clear cue will do.
  if (group.words.length > 1)
    return topScore(group.scores) >= 1 || group.words.some((word) => facts.midName.has(word));
  const word = group.words[0] ?? '';
  const acronym = group.mentions.some((mention) => mention.line.tokens[mention.from]?.allCaps);
  if (acronym || facts.midName.has(word) || facts.isLexiconName(word)) return true;
  return !facts.isCommonWord(word) && topScore(group.context) >= 2;
}

// "the Finnish diplomat", "a former Olympic canoeist": a demonym-shaped word always used before a noun.
function isAdjective(group: NameGroup, groups: readonly NameGroup[], facts: TextFacts): boolean {
  if (!/(?:ic|ish|ese|ian|ean)$/.test(group.key) || facts.isLexiconName(group.key)) return false;
  // "Meridian fell" next to "Meridian Dynamics": the short form of a name.
  if (groups.some((other) => other.words.length > 1 && other.words[0] === group.key)) return false;
  return group.mentions.every((mention) => {
    const next = mention.line.tokens[mention.to];
    if (!next?.isWord || next.cap || mention.line.tokens[mention.to - 1]?.possessive) return false;
    return !FUNCTION_WORDS.has(next.lower) && !facts.hints.tagsOf(next.lower).has('Verb');
  });
}

// "Valdorian" next to "Valdoria", "Ukrainian" next to "Ukraine": an adjective, not an entity.
function demonymBase(group: NameGroup, byKey: ReadonlyMap<string, NameGroup>): NameGroup | undefined {
  if (group.words.length !== 1 || group.mentions.some((m) => m.line.tokens[m.to - 1]?.possessive))
    return undefined;
  const word = group.key;
  if (!/(?:n|ns)$/.test(word)) return undefined;
  const stem = word.replace(/s$/, '');
  const candidates = [
    stem.slice(0, -1),
    stem.slice(0, -2),
    stem.slice(0, -3) + 'e',
    stem.slice(0, -3) + 'a',
    stem.slice(0, -3),
    stem.slice(0, -2) + 'a',
  ];
  for (const candidate of candidates) {
    const base = byKey.get(candidate);
    if (base && base !== group && candidate.length >= 3) return base;
  }
  return undefined;
}
