import type { Entity, Highlight } from '../model';

const fold = (s: string): string => s.trim().toLocaleLowerCase();

/** Names and aliases without repeats (case-insensitive), the entity's own name excluded. */
export function uniteAliases(name: string, ...lists: string[][]): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const alias of lists.flat()) {
    const key = fold(alias);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

/**
 * Folds `merged` into `kept`: the merged entity's name and aliases become
 * aliases; a description is kept, or taken over when the kept one has none.
 */
export function mergeEntities(kept: Entity, merged: Entity, now: string): Entity {
  return {
    ...kept,
    aliases: uniteAliases(kept.name, kept.aliases, [merged.name], merged.aliases),
    description: kept.description.trim() ? kept.description : merged.description,
    updatedAt: now,
  };
}

/** Moves tags from one entity to another on the highlights that carry it; returns only the changed ones. */
export function retagHighlights(
  highlights: Highlight[],
  fromId: string,
  toId: string,
  now: string,
): Highlight[] {
  return highlights
    .filter((h) => h.entityIds.includes(fromId))
    .map((h) => ({
      ...h,
      entityIds: [...new Set(h.entityIds.map((id) => (id === fromId ? toId : id)))],
      updatedAt: now,
    }));
}

/** Every name an entity goes by. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return uniteAliases('', [entity.name], entity.aliases);
}
