import { entityNameRank, foldEntityName } from '../../shared/entities/entityNameMatch';
import type { Entity } from '../../shared/model';

/**
 * Entities whose name or an alias matches the query (shared/entities/entityNameMatch: case, accents,
 * surname): the whole name first, then word starts, then text inside, each alphabetical. An empty query
 * lists the first few.
 */
export function matchEntities(
  entities: readonly Entity[],
  query: string,
  excludeIds: readonly string[] = [],
  limit = 8,
): Entity[] {
  const q = query.trim();
  const excluded = new Set(excludeIds);
  const scored: Array<{ entity: Entity; rank: number }> = [];
  for (const entity of entities) {
    if (excluded.has(entity.id)) continue;
    const rank = q === '' ? 3 : entityNameRank([entity.name, ...entity.aliases], q);
    if (rank !== null) scored.push({ entity, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit)
    .map((s) => s.entity);
}

/** Whether some entity already has this exact name or alias (so "Create" is not offered). */
export function hasName(entities: readonly Entity[], query: string): boolean {
  const q = foldEntityName(query);
  return entities.some((e) => [e.name, ...e.aliases].some((n) => foldEntityName(n) === q));
}
