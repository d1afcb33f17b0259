import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../shared/import/extractFromText';

// Pasted articles with donation, membership and newsletter appeals in several languages
// (test/fixtures/paste-appeals/README.md): each appeal goes whole, each article paragraph stays.
const DIR = join(__dirname, '../../fixtures/paste-appeals');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const blocksOf = (file: string) =>
  readFileSync(join(DIR, file), 'utf8')
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);
const pastes = readdirSync(DIR)
  .filter((f) => f.endsWith('.appeal.txt'))
  .map((f) => f.slice(0, -'.appeal.txt'.length));

describe('appeals in pasted articles', () => {
  it('has pastes in at least four languages', () => {
    expect(new Set(pastes.map((p) => p.slice(0, 2))).size).toBeGreaterThanOrEqual(4);
  });
  it.each(pastes)('%s: appeal removed whole, article kept', (name) => {
    const article = extractFromText(readFileSync(join(DIR, `${name}.txt`), 'utf8'), {
      capturedAt: '2026-01-15T12:00:00Z',
    });
    const kept = article.blocks.map((b) => squash(b.text));
    const missing = blocksOf(`${name}.expected.txt`).filter((p) => !kept.includes(p));
    const survived = blocksOf(`${name}.appeal.txt`).filter((line) => kept.some((k) => k.includes(line)));
    expect({ missing, survived }).toEqual({ missing: [], survived: [] });
  });
});
