import { describe, expect, it } from 'vitest';
import { notebookFileSchema } from '../../../shared/model';
import { migrate, schemaVersionOf } from './index';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';

const current = (doc: unknown) => migrate(doc).doc;

const v0 = {
  notebook: { id: '01890a5d-ac96-774b-bcce-b302099a8057', name: 'Test' },
  sources: [
    {
      id: '01890a5d-ac96-774b-bcce-b302099a8058',
      title: 'A',
      addedAt: '2024-01-01T00:00:00.000Z',
      textHash: 'a'.repeat(64),
      originalHash: 'b'.repeat(64),
      words: 3,
      author: 'Ann Lee',
    },
  ],
};

describe('migrations', () => {
  it.each([
    [{}, 0],
    [{ schemaVersion: 1 }, 1],
    [{ schemaVersion: 4 }, 4],
  ])('reads the version of %j as %i', (doc, version) => {
    expect(schemaVersionOf(doc)).toBe(version);
  });

  it.each([
    [null],
    [[]],
    ['text'],
    [{ schemaVersion: -1 }],
    [{ schemaVersion: '1' }],
    [{ schemaVersion: 1.5 }],
  ])('refuses %j as damaged', (doc) => {
    expect(() => schemaVersionOf(doc)).toThrow(/notebook/);
  });

  it('v0 → v1 produces a valid current notebook and is pure', () => {
    const input = structuredClone(v0);
    const out = v0ToV1(input);
    expect(input).toEqual(v0);
    const parsed = notebookFileSchema.parse(v1ToV2(out));
    expect(parsed.sources[0]).toMatchObject({
      authors: ['Ann Lee'],
      wordCount: 3,
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    expect(parsed.notebook.createdAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('a current document passes through unchanged', () => {
    const doc = current(v0);
    expect(migrate(doc)).toEqual({ doc, fromVersion: 2 });
  });

  it('v1 → v2 keeps the sources in the document, marked as the truth for the shards, and is pure', () => {
    const v1 = { ...(v0ToV1(v0) as object), sourcesIn: 'shards' };
    const input = structuredClone(v1);
    const parsed = notebookFileSchema.parse(v1ToV2(input));
    expect(input).toEqual(v1);
    expect(parsed.schemaVersion).toBe(2);
    // A format-1 file's list is the truth: never 'shards', even if the field was there.
    expect(parsed.sourcesIn).toBe('file');
    expect(parsed.sources.map((s) => s.title)).toEqual(['A']);
  });

  it('a format-1 notebook written before questions and ratings existed reads as having none', () => {
    const parsed = notebookFileSchema.parse(current(v0));
    expect(parsed.questions).toEqual([]);
    expect(parsed.ratings).toEqual({ sources: [], outlets: [] });
  });

  it.each([
    ['an answer without text', { questions: [{ id: 'x' }] }],
    [
      'a rating outside the scale',
      {
        ratings: {
          sources: [],
          outlets: [{ outlet: 'x', rating: 'gossip', reason: '', ratedAt: '2026-01-01T00:00:00Z' }],
        },
      },
    ],
    ['ratings as a map keyed by name', { ratings: { sources: { __proto__: {} }, outlets: [] } }],
  ])('refuses damaged claim data: %s', (_name, extra) => {
    expect(notebookFileSchema.safeParse({ ...(current(v0) as object), ...extra }).success).toBe(false);
  });

  it('refuses a document from a newer app', () => {
    expect(() => migrate({ schemaVersion: 3 })).toThrow(/newer version/);
  });
});
