// Type evidence from the name itself: head words ("... Agency", "... Street", "Lake ..."),
// company suffixes, first names and places the lexicon knows, and other analysers' spans.
import {
  INSTITUTION_METONYMS,
  LEGAL_SUFFIXES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  PLACE_LEADS,
} from './lexicon';
import { zeroScores, type Scores } from './scores';
import type { NameMention } from './splitRun';
import type { TextFacts } from './textFacts';

const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const ORG_TAGS = ['Organization', 'Company', 'School', 'SportsTeam'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
// Lower-case particles of surnames ("Willem van der Berg"); French articles mostly start places.
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'ter',
  'ten',
  'bin',
  'al',
]);

/** Scores read from the mention's own words. */
export function nameCues(facts: TextFacts, mention: NameMention): Scores {
  const scores = zeroScores();
  const tokens = mention.line.tokens.slice(mention.from, mention.to);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return scores;
  const words = tokens.filter((token) => token.isWord);
  const { hints } = facts;
  if (ORG_HEADS.has(last.lower) || LEGAL_SUFFIXES.has(last.text.replace(/\.$/, ''))) scores.organisation += 3;
  else if (hints.orgWords?.has(last.lower)) scores.organisation += 0.75;
  if (PLACE_HEADS.has(last.lower)) scores.place += 3;
  else if (hints.placeWords?.has(last.lower) && !ORG_HEADS.has(last.lower)) scores.place += 0.75;
  if (words.length > 1 && OTHER_HEADS.has(last.lower)) scores.other += 3;
  // "Ministry of ...", "Kyiv School of Economics", "Joint Committee on Vaccination".
  const headBeforeConnector = tokens.some(
    (token, i) => ORG_HEADS.has(token.lower) && ['of', 'for', 'on'].includes(tokens[i + 1]?.lower ?? ''),
  );
  if (headBeforeConnector && !ORG_HEADS.has(last.lower)) scores.organisation += 3;
  if (words.length > 1 && PLACE_LEADS.has(first.lower)) scores.place += 2;
  if (PLACE_HEADS.has(first.lower) && tokens[1]?.lower === 'of') scores.place += 3; // "Gulf of Oman"
  if (tokens.some((token) => token.text === '&')) scores.organisation += 2;
  if (words.length === 1 && first.allCaps) scores.organisation += 1;
  const phraseTags = hints.tagsOf(mention.name.toLowerCase());
  if (PLACE_TAGS.some((tag) => phraseTags.has(tag))) scores.place += 3;
  if (
    ORG_TAGS.some((tag) => phraseTags.has(tag)) ||
    (words.length === 1 && INSTITUTION_METONYMS.has(first.lower))
  )
    scores.organisation += 3;
  const firstTags = hints.tagsOf(first.lower);
  if (
    words.length > 1 &&
    FIRST_NAME_TAGS.some((tag) => firstTags.has(tag)) &&
    !PLACE_TAGS.some((tag) => firstTags.has(tag))
  ) {
    scores.person += 2.5;
  }
  if (hints.tagsOf(last.lower).has('LastName')) scores.person += 1;
  const inner = words.slice(1, -1);
  if (inner.length > 0 && inner.every((token) => SURNAME_PARTICLES.has(token.text))) scores.person += 1.5;
  for (const span of facts.spans) {
    if (span.start < mention.end && mention.start < span.end) scores[span.type] += 1.5;
  }
  return scores;
}
