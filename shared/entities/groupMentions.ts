// Reads every mention in the text with its type evidence and gathers mentions of the same
// name (case-insensitive, possessive already stripped) into one group.
import { contextCues } from './contextCues';
import { nameCues } from './nameCues';
import { addScores, zeroScores, type Scores } from './scores';
import { splitRun, type NameMention } from './splitRun';
import type { TextFacts } from './textFacts';

export type NameGroup = {
  key: string;
  /** Lower-case words of the name, for prefix and suffix comparisons. */
  words: string[];
  name: string;
  /** Every surface form seen (case kept), for counting. */
  surfaces: Set<string>;
  mentions: NameMention[];
  /** All evidence: context, titles and the name's own words. */
  scores: Scores;
  /** Evidence from context and titles only (not from the name or the lexicon). */
  context: Scores;
  /** Some mention sits in prose rather than a headline or page chrome. */
  inProse: boolean;
  /** Some prose mention is capitalised where only a name would be. */
  midSentence: boolean;
  start: number;
};

/** The key two surface forms share when they name the same thing. */
export const nameKey = (name: string): string => name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

/** All mentions in the text, grouped by name, in order of first appearance. */
export function groupMentions(facts: TextFacts): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  for (const line of facts.lines) {
    for (const run of line.runs) {
      for (const mention of splitRun(facts, line, run)) {
        const key = nameKey(mention.name);
        let group = groups.get(key);
        if (!group) {
          group = {
            key,
            words: key.split(/[\s-]+/),
            name: mention.name,
            surfaces: new Set(),
            mentions: [],
            scores: zeroScores(),
            context: zeroScores(),
            inProse: false,
            midSentence: false,
            start: mention.start,
          };
          groups.set(key, group);
        }
        const context = addScores(contextCues(facts, mention), mention.cue);
        addScores(group.context, context);
        addScores(addScores(group.scores, context), nameCues(facts, mention));
        group.mentions.push(mention);
        group.surfaces.add(mention.name);
        const prose = line.kind === 'prose';
        group.inProse ||= prose;
        group.midSentence ||= prose && !mention.initial;
      }
    }
  }
  for (const group of groups.values()) group.name = preferredSurface(group);
  return [...groups.values()];
}

// Sentence-initial capitals ("Van der Berg said") are less faithful than mid-sentence ones.
function preferredSurface(group: NameGroup): string {
  const counts = new Map<string, number>();
  for (const mention of group.mentions) {
    if (mention.initial || mention.dateline) continue;
    counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  }
  let best = group.mentions[0]?.name ?? group.name;
  let bestCount = 0;
  for (const [surface, count] of counts) {
    if (count > bestCount) [best, bestCount] = [surface, count];
  }
  return best;
}
