export type Route =
  | { name: 'library' }
  | {
      name: 'source';
      id: string;
      /** Deep link to a highlight: `#/source/<id>/h/<highlightId>`. */
      highlightId?: string;
      /** Deep link to a passage: `#/source/<id>?at=<offset>&to=<end>` (offsets into the clean text). */
      at?: number;
      to?: number;
    }
  /** Provenance, metadata, removed text and similar sources: `#/source/<id>/details` (`?show=removed` opens the removed text). */
  | { name: 'sourceDetails'; id: string; showRemoved?: boolean }
  /** Two sources side by side: `#/compare/<leftId>/<rightId>`. */
  | { name: 'compare'; leftId: string; rightId: string }
  | { name: 'entities' }
  | { name: 'entity'; id: string }
  | { name: 'claims' }
  /** Dated sources, highlights and claims in order: `#/timeline`. */
  | { name: 'timeline' }
  | { name: 'notes'; id?: string }
  /** Export, import and verify research packets: `#/packets`. */
  | { name: 'packets' }
  /** Search results for a query: `#/search?q=<query>`. */
  | { name: 'search'; q: string };

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

const SEGMENT = '([^/?#]+)';

function parseOffset(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

function parseSource(path: string, query: string): Route | null {
  const match = new RegExp(`^/source/${SEGMENT}(?:/h/${SEGMENT})?$`).exec(path);
  const id = match?.[1] ? decode(match[1]) : null;
  if (!match || !id) return null;
  if (match[2]) {
    const highlightId = decode(match[2]);
    return highlightId ? { name: 'source', id, highlightId } : null;
  }
  const params = new URLSearchParams(query);
  const at = parseOffset(params.get('at'));
  if (at === undefined) return { name: 'source', id };
  const to = parseOffset(params.get('to'));
  return to !== undefined && to > at ? { name: 'source', id, at, to } : { name: 'source', id, at };
}

/** Reads the place in the app from a location hash such as `#/source/<id>`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const source = parseSource(path, query);
  if (source) return source;
  const details = new RegExp(`^/source/${SEGMENT}/details$`).exec(path);
  const detailsId = details?.[1] ? decode(details[1]) : null;
  if (detailsId) {
    const showRemoved = new URLSearchParams(query).get('show') === 'removed';
    return showRemoved
      ? { name: 'sourceDetails', id: detailsId, showRemoved }
      : { name: 'sourceDetails', id: detailsId };
  }
  const compare = new RegExp(`^/compare/${SEGMENT}/${SEGMENT}$`).exec(path);
  const [leftId, rightId] = [compare?.[1], compare?.[2]].map((part) => (part ? decode(part) : null));
  if (leftId && rightId) return { name: 'compare', leftId, rightId };
  if (path === '/entities') return { name: 'entities' };
  if (path === '/claims') return { name: 'claims' };
  if (path === '/timeline') return { name: 'timeline' };
  if (path === '/notes') return { name: 'notes' };
  if (path === '/packets') return { name: 'packets' };
  if (path === '/search') return { name: 'search', q: new URLSearchParams(query).get('q') ?? '' };
  const entity = new RegExp(`^/entity/${SEGMENT}$`).exec(path);
  const entityId = entity?.[1] ? decode(entity[1]) : null;
  if (entityId) return { name: 'entity', id: entityId };
  const note = new RegExp(`^/notes/${SEGMENT}$`).exec(path);
  const noteId = note?.[1] ? decode(note[1]) : null;
  if (noteId) return { name: 'notes', id: noteId };
  return { name: 'library' };
}

/** The hash that leads to a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'source':
      return sourceLink(route.id, { highlightId: route.highlightId, offset: route.at, end: route.to });
    case 'sourceDetails':
      return `#/source/${encodeURIComponent(route.id)}/details${route.showRemoved ? '?show=removed' : ''}`;
    case 'compare':
      return `#/compare/${encodeURIComponent(route.leftId)}/${encodeURIComponent(route.rightId)}`;
    case 'entities':
      return '#/entities';
    case 'entity':
      return `#/entity/${encodeURIComponent(route.id)}`;
    case 'claims':
      return '#/claims';
    case 'timeline':
      return '#/timeline';
    case 'notes':
      return route.id ? `#/notes/${encodeURIComponent(route.id)}` : '#/notes';
    case 'packets':
      return '#/packets';
    case 'search':
      return route.q ? `#/search?q=${encodeURIComponent(route.q)}` : '#/search';
    default:
      return '#/';
  }
}

/**
 * A link that opens a source in the reader and, given a highlight or an offset
 * into the clean text, scrolls to that passage and flashes it (citations use this).
 */
export function sourceLink(
  sourceId: string,
  target: { highlightId?: string | null; offset?: number | null; end?: number | null } = {},
): string {
  const base = `#/source/${encodeURIComponent(sourceId)}`;
  if (target.highlightId) return `${base}/h/${encodeURIComponent(target.highlightId)}`;
  if (target.offset == null || !Number.isInteger(target.offset) || target.offset < 0) return base;
  const end =
    target.end != null && Number.isInteger(target.end) && target.end > target.offset
      ? `&to=${target.end}`
      : '';
  return `${base}?at=${target.offset}${end}`;
}
