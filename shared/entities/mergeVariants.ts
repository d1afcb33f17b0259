// Folds variants of one entity into the fullest name: a surname into the full name ("Putin" ->
// "Vladimir Putin"), a short brand into the company ("Meridian" -> "Meridian Dynamics"), an
// acronym into what it stands for ("NRHA"), a tail into the whole ("Forest Service").
import { isAcronymOf } from './acronymOf';
import { decideType } from './decideType';
import type { EntityType } from './entitySuggestion';
import type { NameGroup } from './groupMentions';
import { INSTITUTION_WORDS, LEGAL_SUFFIXES, ORG_HEADS } from './lexicon';
import { addScores } from './scores';

export type MergedEntity = { group: NameGroup; type: EntityType; aliases: NameGroup[] };

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
const startsWith = (long: string[], short: string[]): boolean => short.every((word, i) => long[i] === word);
const endsWith = (long: string[], short: string[]): boolean =>
  short.every((word, i) => long[long.length - short.length + i] === word);

/** Merged entities with their final type; input groups are left as they were except for scores. */
export function mergeVariants(groups: NameGroup[]): MergedEntity[] {
  for (const group of groups) {
    if (groups.some((other) => isInstitutionOf(group, other))) group.scores.place += 1.5;
  }
  const typed = new Map(groups.map((group) => [group, decideType(group.scores)]));
  const target = new Map<NameGroup, NameGroup>();
  const shortestFirst = [...groups].sort((a, b) => a.words.length - b.words.length);
  for (const group of shortestFirst) {
    const into = findTarget(group, groups, typed);
    if (into) target.set(group, into);
  }
  // Targets are always longer names, so following them ends.
  const root = (group: NameGroup): NameGroup => {
    let current = group;
    for (let next = target.get(current); next; next = target.get(current)) current = next;
    return current;
  };
  const merged = new Map<NameGroup, MergedEntity>();
  for (const group of groups) {
    const head = root(group);
    const entry = merged.get(head) ?? { group: head, type: 'other', aliases: [] };
    if (head !== group) entry.aliases.push(group);
    merged.set(head, entry);
  }
  for (const entry of merged.values()) {
    const scores = { ...entry.group.scores };
    for (const alias of entry.aliases) addScores(scores, alias.scores);
    entry.type = decideType(scores);
  }
  return [...merged.values()];
}

// "Harwick" before "City Council": the shorter name is the place the institution serves.
function isInstitutionOf(short: NameGroup, long: NameGroup): boolean {
  if (long.words.length <= short.words.length || !startsWith(long.words, short.words)) return false;
  const rest = long.words.slice(short.words.length);
  const cut = rest.findIndex((word) => CONNECTORS.has(word));
  const descriptor = cut < 0 ? rest : rest.slice(0, cut);
  return descriptor.length > 0 && descriptor.every((word) => INSTITUTION_WORDS.has(word));
}

function findTarget(
  group: NameGroup,
  groups: NameGroup[],
  typed: ReadonlyMap<NameGroup, EntityType>,
): NameGroup | undefined {
  const type = typed.get(group);
  const best = (candidates: NameGroup[]): NameGroup | undefined =>
    candidates.sort((a, b) => b.mentions.length - a.mentions.length || a.start - b.start)[0];
  const longer = groups.filter((other) => other.words.length > group.words.length);
  if (group.words.length === 1 && group.mentions.some((m) => m.line.tokens[m.from]?.allCaps)) {
    const expanded = longer.filter(
      (other) => isAcronymOf(group.name, other.name) || definesAcronym(other, group.name),
    );
    if (expanded.length > 0) return best(expanded);
  }
  const weak =
    type === 'person' || type === 'other' || Math.max(group.scores.place, group.scores.organisation) < 3;
  if (weak && type !== 'organisation') {
    // "Putin" -> "Vladimir Putin"; "Pham" -> "Pham Thi Mai" (family name first); also full names
    // that lack type evidence of their own ("Mwale" -> "Chanda Mwale").
    const personLike = (other: NameGroup): boolean =>
      typed.get(other) === 'person' || (typed.get(other) === 'other' && type !== 'place');
    const people = longer.filter((other) => personLike(other) && endsWith(other.words, group.words));
    if (people.length > 0) return best(people);
    const families = longer.filter(
      (other) =>
        typed.get(other) === 'person' && other.words.length >= 3 && startsWith(other.words, group.words),
    );
    if (families.length === 1 && group.words.length === 1) return families[0];
  }
  if (type === 'place' && group.scores.place >= 3) return undefined;
  // "Meridian" -> "Meridian Dynamics", "the Palais" -> "Palais des Nations".
  const brand = longer.filter(
    (other) =>
      typed.get(other) !== 'person' && startsWith(other.words, group.words) && !isInstitutionOf(group, other),
  );
  if (brand.length > 0 && type !== 'person') return best(brand);
  const orgs = longer.filter((other) => typed.get(other) === 'organisation');
  const lastWord = group.words[group.words.length - 1] ?? '';
  const tail = orgs.filter((other) => endsWith(other.words, group.words));
  if (group.words.length > 1 && tail.length > 0 && (ORG_HEADS.has(lastWord) || LEGAL_SUFFIXES.has(lastWord)))
    return best(tail);
  return undefined;
}

// "the Northvale Regional Health Agency (NRHA)", "..., known as the OSCE", "known by its initials FIOD".
function definesAcronym(group: NameGroup, acronym: string): boolean {
  return group.mentions.some((mention) => {
    const tokens = mention.line.tokens;
    if (tokens[mention.to]?.text === '(' && tokens[mention.to + 1]?.text === acronym) return true;
    const window = tokens.slice(mention.to, mention.to + 10);
    const known = window.findIndex((token) => token.lower === 'known');
    return known >= 0 && window.slice(known).some((token) => token.text === acronym);
  });
}
