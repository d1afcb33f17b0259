import type { Entity } from '../../shared/model';

const fold = (s: string) => s.trim().toLocaleLowerCase();

/**
 * Entities whose name or an alias contains the query (any case): names that
 * start with it first, then alphabetical. An empty query lists the first few.
 */
export function matchEntities(
  entities: readonly Entity[],
  query: string,
  excludeIds: readonly string[] = [],
  limit = 8,
): Entity[] {
  const q = fold(query);
  const excluded = new Set(excludeIds);
  const scored: Array<{ entity: Entity; rank: number }> = [];
  for (const entity of entities) {
    if (excluded.has(entity.id)) continue;
    const names = [entity.name, ...entity.aliases].map(fold);
    if (q === '') scored.push({ entity, rank: 2 });
    else if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) scored.push({ entity, rank: 0 });
    else if (names.some((n) => n.includes(q))) scored.push({ entity, rank: 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit)
    .map((s) => s.entity);
}

/** Whether some entity already has this exact name or alias (so "Create" is not offered). */
export function hasName(entities: readonly Entity[], query: string): boolean {
  const q = fold(query);
  return entities.some((e) => [e.name, ...e.aliases].some((n) => fold(n) === q));
}
