import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../electron/import/html/extractFromHtml';

// The multilingual fixtures (test/fixtures/multilingual/README.md): publication date and outlet
// found on at least 90% of the pages that carry them, in every language.
const DIR = join(__dirname, '../../fixtures/multilingual');
interface Meta {
  lang: string;
  published: string | null;
  outlet: string | null;
}
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const name = f.slice(0, -'.html'.length);
    const meta = JSON.parse(readFileSync(join(DIR, `${name}.meta.json`), 'utf8')) as Meta;
    const article = extractFromHtml(readFileSync(join(DIR, f), 'utf8'), {
      capturedAt: '2026-01-15T12:00:00Z',
    });
    return { name, meta, article };
  });

describe('metadata of the multilingual fixtures', () => {
  it('finds the publication day on at least 90% of the pages that carry one', () => {
    const dated = pages.filter((p) => p.meta.published);
    const wrong = dated.filter((p) => p.article.publishedAt?.slice(0, 10) !== p.meta.published);
    expect(dated.length).toBeGreaterThan(20);
    expect(
      wrong.length / dated.length,
      wrong.map((p) => `${p.name}: ${p.article.publishedAt}`).join(', '),
    ).toBeLessThanOrEqual(0.1);
  });
  it('finds the outlet on at least 90% of the pages', () => {
    const named = pages.filter((p) => p.meta.outlet);
    const wrong = named.filter((p) => p.article.site !== p.meta.outlet);
    expect(
      wrong.length / named.length,
      wrong.map((p) => `${p.name}: ${p.article.site} ≠ ${p.meta.outlet}`).join(', '),
    ).toBeLessThanOrEqual(0.1);
  });
  it('says which language each page is in', () => {
    const wrong = pages.filter((p) => p.article.language?.slice(0, 2) !== p.meta.lang);
    expect(wrong.map((p) => `${p.name}: ${p.article.language}`)).toEqual([]);
  });
});
