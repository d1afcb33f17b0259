// Small valid records for the packet modules' table tests.
import type {
  Claim,
  DocNode,
  Entity,
  Highlight,
  NoteMeta,
  Question,
  Rating,
  Reliability,
  Source,
} from '../../model';

const T0 = '2024-05-01T10:00:00.000Z';

/** A deterministic UUIDv7-shaped id: `id(1)` is always the same. */
export const id = (n: number): string => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const hash = (c: string): string => c.repeat(64).slice(0, 64);

export function source(n: number, over: Partial<Source> = {}): Source {
  return {
    id: id(n),
    createdAt: T0,
    updatedAt: T0,
    kind: 'text',
    title: `Source ${n}`,
    authors: [],
    site: null,
    publishedAt: null,
    url: null,
    language: 'en',
    textSha256: hash(String(n % 10)),
    wordCount: 10,
    original: { sha256: hash('a'), size: 10, mediaType: 'text/plain', fileName: null, url: null },
    capturedAt: T0,
    importer: { name: 'research-notebook', version: '0.2.0' },
    tags: [],
    confidential: false,
    modifiedAt: null,
    publishedApproximate: false,
    canonicalUrl: null,
    metadataSources: {},
    extractionSha256: null,
    similar: [],
    importNotes: [],
    ...over,
  };
}

export function highlight(n: number, sourceN: number, over: Partial<Highlight> = {}): Highlight {
  return {
    id: id(n),
    createdAt: T0,
    updatedAt: T0,
    sourceId: id(sourceN),
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
    quote: { type: 'TextQuoteSelector', exact: `passage ${n}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: n, end: n + 5 },
    confidential: false,
    ...over,
  };
}

export function entity(n: number, over: Partial<Entity> = {}): Entity {
  return {
    id: id(n),
    createdAt: T0,
    updatedAt: T0,
    type: 'person',
    name: `Person ${n}`,
    aliases: [],
    description: '',
    ...over,
  };
}

export function claim(n: number, evidence: string[], over: Partial<Claim> = {}): Claim {
  return {
    id: id(n),
    createdAt: T0,
    updatedAt: T0,
    statement: `Claim ${n}`,
    claimantId: null,
    status: 'unverified',
    evidence: evidence.map((highlightId) => ({ highlightId, stance: 'supports' as const, note: '' })),
    ...over,
  };
}

export function note(
  n: number,
  doc: DocNode,
  over: Partial<NoteMeta> = {},
): { meta: NoteMeta; doc: DocNode } {
  return {
    meta: {
      id: id(n),
      createdAt: T0,
      updatedAt: T0,
      title: `Note ${n}`,
      trashedAt: null,
      citedHighlightIds: [],
      citedSourceIds: [],
      wordCount: 1,
      ...over,
    },
    doc,
  };
}

export const citeNode = (
  sourceN: number,
  highlightN: number | null,
  locator: string | null = null,
): DocNode => ({
  type: 'citation',
  attrs: { sourceId: id(sourceN), highlightId: highlightN === null ? null : id(highlightN), locator },
});
export const docOf = (...content: DocNode[]): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});
export const later = '2024-06-01T10:00:00.000Z';

/** A question whose answers are claims (by number) or, for a string, free text. */
export function question(n: number, answers: Array<number | string>, over: Partial<Question> = {}): Question {
  return {
    id: id(n),
    createdAt: T0,
    updatedAt: T0,
    text: `Question ${n}?`,
    answers: answers.map((a, i) =>
      typeof a === 'number'
        ? { id: id(n * 100 + i), text: `Claim ${a}`, claimId: id(a) }
        : { id: id(n * 100 + i), text: a, claimId: null },
    ),
    ...over,
  };
}

export const rating = (value: Reliability, reason = ''): Rating => ({ rating: value, reason, ratedAt: T0 });
