import type { Source } from '../model/source';

export type SimilarLink = Source['similar'][number];

/**
 * Records that `id` is a near-duplicate or rewrite of each linked source, on both sides, so the
 * older copy also says it has a rewrite. A pair already linked keeps one link with the higher
 * score; links to sources the list does not hold are dropped. Changes `sources` in place (inside
 * a notebook mutation).
 */
export function linkSimilar(sources: Source[], id: string, links: readonly SimilarLink[]): void {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const self = byId.get(id);
  if (!self) return;
  for (const link of links) {
    const other = byId.get(link.sourceId);
    if (!other || other.id === id) continue;
    self.similar = withLink(self.similar, { sourceId: other.id, score: link.score });
    other.similar = withLink(other.similar, { sourceId: id, score: link.score });
  }
}

function withLink(list: readonly SimilarLink[], link: SimilarLink): SimilarLink[] {
  const existing = list.find((x) => x.sourceId === link.sourceId);
  if (existing && existing.score >= link.score) return [...list];
  return [...list.filter((x) => x.sourceId !== link.sourceId), link];
}
