import { describe, expect, it } from 'vitest';
import { digestInput, parseManifest, serializeManifest, type PacketManifest } from './manifest';
import { id } from './testing/records';

const manifest: PacketManifest = {
  type: 'research-notebook-packet',
  version: 1,
  createdAt: '2024-05-01T10:00:00.000Z',
  appVersion: '0.1.0',
  notebookId: id(1),
  notebookName: 'Desk',
  selection: { scope: 'notebook', noteIds: [], tag: null, includeConfidential: false },
  leftOut: { sources: 0, highlights: 0, entities: 0, citations: 0 },
  files: [
    { path: 'z.csv', size: 1, sha256: 'b'.repeat(64) },
    { path: 'a.csv', size: 2, sha256: 'a'.repeat(64) },
  ],
  digest: 'c'.repeat(64),
  selfSha256: 'd'.repeat(64),
};

describe('manifest', () => {
  it('digests sorted "path\\tsha256\\n" lines', () => {
    expect(digestInput(manifest.files)).toBe(`a.csv\t${'a'.repeat(64)}\nz.csv\t${'b'.repeat(64)}\n`);
  });

  it('serialises one way whatever the key order it was given', () => {
    const shuffled = Object.fromEntries(Object.entries(manifest).reverse()) as PacketManifest;
    expect(serializeManifest(shuffled)).toBe(serializeManifest(manifest));
    const parsed = parseManifest(serializeManifest(manifest));
    expect(parsed.ok && serializeManifest(parsed.manifest)).toBe(serializeManifest(manifest));
  });

  it.each([
    ['{', 'not-json', /not valid JSON/],
    ['[]', 'wrong-type', /not a Research Notebook packet/],
    [JSON.stringify({ ...manifest, type: 'other' }), 'wrong-type', /wrong type/],
    [
      JSON.stringify({ ...manifest, version: 2 }),
      'unknown-version',
      /format version 2; this app reads version 1/,
    ],
    [JSON.stringify({ ...manifest, version: '1' }), 'unknown-version', /format version 1;/],
    [JSON.stringify({ ...manifest, files: 'all' }), 'invalid', /malformed at files/],
    [JSON.stringify({ ...manifest, digest: 'nope' }), 'invalid', /malformed at digest/],
    [JSON.stringify({ ...manifest, surprise: true }), 'invalid', /malformed/],
  ])('%s → %s', (text, kind, message) => {
    const parsed = parseManifest(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.kind).toBe(kind);
      expect(parsed.problem.message).toMatch(message);
    }
  });
});
