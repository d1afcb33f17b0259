// The offline entity suggester as a pure function of the text and some word knowledge:
// read capitalised runs, weigh cues, drop noise, merge variants, count mentions.
import { countMentions } from './countMentions';
import type { EntitySuggestion, TypedSpan, WordHints } from './entitySuggestion';
import { filterGroups } from './filterGroups';
import { groupMentions } from './groupMentions';
import { mergeVariants } from './mergeVariants';
import { readTextFacts } from './textFacts';

export type BuildOptions = {
  /** The source's title; a line repeating it is read as a headline. */
  title?: string;
  /** Entity spans from another analyser, used as extra type evidence. */
  spans?: readonly TypedSpan[];
};

/** Entity suggestions for `text`, most mentioned first. */
export function buildSuggestions(
  text: string,
  hints: WordHints,
  options: BuildOptions = {},
): EntitySuggestion[] {
  const facts = readTextFacts(text, hints, options.spans ?? [], options.title);
  const entities = mergeVariants(filterGroups(groupMentions(facts), facts));
  const counts = countMentions(
    text,
    entities.map((entity) =>
      [entity.group, ...entity.aliases].flatMap((group) => [group.name, ...group.surfaces]),
    ),
  );
  const suggestions = entities.map((entity, index): EntitySuggestion => {
    const counted = counts[index];
    const seen = new Set([entity.group.name.toLowerCase()]);
    const aliases: string[] = [];
    for (const alias of entity.aliases) {
      if (seen.has(alias.name.toLowerCase())) continue;
      seen.add(alias.name.toLowerCase());
      aliases.push(alias.name);
    }
    const fallbackStart = Math.min(...[entity.group, ...entity.aliases].map((group) => group.start));
    return {
      name: entity.group.name,
      type: entity.type,
      count: counted && counted.count > 0 ? counted.count : entity.group.mentions.length,
      aliases,
      firstOffset: counted && counted.firstOffset >= 0 ? counted.firstOffset : fallbackStart,
    };
  });
  return suggestions.sort((a, b) => b.count - a.count || a.firstOffset - b.firstOffset);
}
