/**
 * v0 is the prototype format: no schemaVersion, notebook without timestamps,
 * sources with `addedAt`, `date`, `words`, a single `author` string and the
 * original's hash and file name flat on the record.
 */
type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown, fallback: string | null = null): string | null =>
  typeof value === 'string' ? value : fallback;

export function v0ToV1(input: unknown): unknown {
  const doc = asObject(input);
  const notebook = asObject(doc.notebook);
  const sources = asArray(doc.sources).map((raw) => {
    const s = asObject(raw);
    const addedAt = asString(s.addedAt, '1970-01-01T00:00:00.000Z');
    const author = asString(s.author);
    return {
      id: s.id,
      createdAt: addedAt,
      updatedAt: addedAt,
      kind: asString(s.kind, 'text'),
      title: asString(s.title, 'Untitled'),
      authors: author ? [author] : [],
      site: asString(s.site),
      publishedAt: asString(s.date),
      url: asString(s.url),
      language: null,
      textSha256: s.textHash,
      wordCount: typeof s.words === 'number' ? s.words : 0,
      original: {
        sha256: s.originalHash,
        size: typeof s.originalSize === 'number' ? s.originalSize : 0,
        mediaType: asString(s.mediaType, 'text/plain'),
        fileName: asString(s.file),
        url: asString(s.url),
      },
      capturedAt: addedAt,
      importer: { name: 'prototype', version: '0' },
      tags: asArray(s.tags).filter((t): t is string => typeof t === 'string'),
      confidential: false,
    };
  });
  const createdAt =
    asString(notebook.createdAt) ?? asString(sources[0]?.createdAt) ?? '1970-01-01T00:00:00.000Z';
  return {
    schemaVersion: 1,
    notebook: { id: notebook.id, name: asString(notebook.name, 'Notebook'), createdAt, updatedAt: createdAt },
    sources,
    entities: [],
    claims: [],
    notes: [],
  };
}
