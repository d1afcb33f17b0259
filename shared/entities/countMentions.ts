// Counts mentions of each entity under any of its names in one left-to-right pass, so a
// longer name wins where names overlap ("Harwick City Council" is not also a "Harwick").

export type MentionCount = { count: number; firstOffset: number };

const normalise = (surface: string): string => surface.replace(/’/g, "'");
const escape = (surface: string): string =>
  surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

/** For each entity (given as its surface forms), how often and where first it occurs in `text`. */
export function countMentions(text: string, entities: ReadonlyArray<readonly string[]>): MentionCount[] {
  const owner = new Map<string, number>();
  entities.forEach((surfaces, index) => {
    for (const surface of surfaces) {
      const forms = [surface];
      // Datelines and shouty headlines write names in capitals ("GENEVA —").
      if (surface.length >= 4 && /\p{Ll}/u.test(surface)) forms.push(surface.toUpperCase());
      for (const form of forms) if (!owner.has(normalise(form))) owner.set(normalise(form), index);
    }
  });
  const results: MentionCount[] = entities.map(() => ({ count: 0, firstOffset: -1 }));
  const lastEnd: number[] = entities.map(() => -1);
  if (owner.size === 0) return results;
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const index = owner.get(normalise(match[0]));
    const result = index === undefined ? undefined : results[index];
    if (index === undefined || !result) continue;
    // "the Northvale Regional Health Agency (NRHA)": the bracketed acronym defines, it does not mention again.
    const definesLast = lastEnd[index]! >= 0 && /^\s*\($/.test(text.slice(lastEnd[index], match.index));
    lastEnd[index] = match.index + match[0].length;
    if (definesLast) continue;
    result.count++;
    if (result.firstOffset < 0) result.firstOffset = match.index;
  }
  return results;
}
