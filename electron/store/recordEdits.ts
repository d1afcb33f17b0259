import type { Source } from '../../shared/model';

/** Puts `next` in place of the record with its id, in place; false when there is none. */
export function replaceById<T extends { id: string }>(records: T[], next: T): boolean {
  const at = records.findIndex((r) => r.id === next.id);
  if (at >= 0) records[at] = next;
  return at >= 0;
}

/** Removes the record with this id, in place (the same array stays); false when there is none. */
export function removeById(records: Array<{ id: string }>, id: string): boolean {
  const at = records.findIndex((r) => r.id === id);
  if (at >= 0) records.splice(at, 1);
  return at >= 0;
}

/** Removes a source and every link to it from the other sources' similar lists, in place. */
export function removeSourceFrom(sources: Source[], id: string): void {
  removeById(sources, id);
  for (const s of sources)
    if (s.similar.some((x) => x.sourceId === id)) s.similar = s.similar.filter((x) => x.sourceId !== id);
}
