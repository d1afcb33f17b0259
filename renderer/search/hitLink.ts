import type { SearchHit, SearchKind } from '../../shared/search/types';
import { routeHash, sourceLink } from '../ui/route';

/** Where a hit leads. A source's best place depends on its text, so callers refine that one. */
export function hitLink(hit: Pick<SearchHit, 'kind' | 'id' | 'sourceId'>): string {
  switch (hit.kind) {
    case 'source':
      return sourceLink(hit.id);
    case 'highlight':
      return hit.sourceId
        ? sourceLink(hit.sourceId, { highlightId: hit.id })
        : routeHash({ name: 'library' });
    case 'note':
      return routeHash({ name: 'notes', id: hit.id });
    case 'entity':
      return routeHash({ name: 'entity', id: hit.id });
    case 'claim':
      return routeHash({ name: 'claims' });
  }
}

const LABELS: Record<SearchKind, [string, string]> = {
  source: ['Source', 'Sources'],
  highlight: ['Highlight', 'Highlights'],
  note: ['Note', 'Notes'],
  entity: ['Entity', 'Entities'],
  claim: ['Claim', 'Claims'],
};

/** "Sources", or "Source" for one. */
export function kindHeading(kind: SearchKind, count = 2): string {
  return LABELS[kind][count === 1 ? 0 : 1];
}
