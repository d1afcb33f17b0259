import type { Source } from '../model/source';

export type SimilarLink = Source['similar'][number];

/** Finds a notebook source by id (the store's index, or `lookupIn` over a list). */
export type SourceLookup = (id: string) => Source | undefined;

/** A lookup over one list, built once: for callers that have no index at hand. */
export function lookupIn(sources: readonly Source[]): SourceLookup {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => byId.get(id);
}

/**
 * Records that `id` is a near-duplicate or rewrite of each linked source, on both sides, so the
 * older copy also says it has a rewrite. A pair already linked keeps one link with the higher
 * score; links to sources the lookup does not find are dropped. Changes the sources in place
 * (inside a notebook mutation), in O(links): it never walks the whole list.
 */
export function linkSimilar(find: SourceLookup, id: string, links: readonly SimilarLink[]): void {
  const self = find(id);
  if (!self) return;
  for (const link of links) {
    const other = find(link.sourceId);
    if (!other || other.id === id) continue;
    self.similar = withLink(self.similar, { sourceId: other.id, score: link.score });
    other.similar = withLink(other.similar, { sourceId: id, score: link.score });
  }
}

/** `linkSimilar` for each source id and its links, with one lookup over `sources` for them all. */
export function linkEachSimilar(sources: Source[], links: ReadonlyMap<string, readonly SimilarLink[]>): void {
  const find = lookupIn(sources);
  for (const [id, list] of links) linkSimilar(find, id, list);
}

function withLink(list: readonly SimilarLink[], link: SimilarLink): SimilarLink[] {
  const existing = list.find((x) => x.sourceId === link.sourceId);
  if (existing && existing.score >= link.score) return [...list];
  return [...list.filter((x) => x.sourceId !== link.sourceId), link];
}
