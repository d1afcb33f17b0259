import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../electron/import/html/extractFromHtml';
import { extractFromText } from '../../shared/import/extractFromText';
import { poolScores, scoreWords, type WordScore } from '../../shared/import/scoreWords';
import type { ExtractedArticle } from '../../shared/import/types';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'articles');
const DEFAULT_CAPTURE = '2025-06-12T15:00:00Z';

interface Expected {
  title: string;
  authors: string[];
  site?: string | null;
  publishedAt: string | null;
  publishedApproximate?: boolean;
  modifiedAt?: string | null;
  canonicalUrl?: string | null;
  language?: string | null;
  capturedAt?: string;
  url?: string;
}

interface Fixture {
  name: string;
  kind: 'html' | 'text';
  expected: Expected;
  expectedText: string;
  extract: () => ExtractedArticle;
}

function load(kind: Fixture['kind']): Fixture[] {
  const dir = join(ROOT, kind);
  return readdirSync(dir)
    .filter((f) => !f.includes('.expected.'))
    .sort()
    .map((file) => {
      const base = file.replace(/\.[^.]+$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${base}.expected.json`), 'utf8')) as Expected;
      const input = readFileSync(join(dir, file), 'utf8');
      const capturedAt = expected.capturedAt ?? DEFAULT_CAPTURE;
      const extract =
        kind === 'html'
          ? () => extractFromHtml(input, expected.url ? { capturedAt, url: expected.url } : { capturedAt })
          : () => extractFromText(input, { capturedAt, fileName: file });
      return {
        name: file,
        kind,
        expected,
        expectedText: readFileSync(join(dir, `${base}.expected.txt`), 'utf8'),
        extract,
      };
    });
}

const fixtures = [...load('html'), ...load('text')];
const scores = new Map<string, WordScore>();
const pct = (n: number) => (100 * n).toFixed(1).padStart(5);

// Zoned times keep the page's own offset; the fixtures state the same instants in UTC.
const moment = (value: string | null) =>
  value && /T\d{2}:\d{2}.*(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value).toISOString() : value;

describe('article extraction quality', () => {
  it('has at least 16 HTML and 6 pasted-text fixtures', () => {
    expect(fixtures.filter((f) => f.kind === 'html').length).toBeGreaterThanOrEqual(16);
    expect(fixtures.filter((f) => f.kind === 'text').length).toBeGreaterThanOrEqual(6);
  });

  describe.each(fixtures)('$kind/$name', (fixture) => {
    const article = fixture.extract();
    const score = scoreWords(article.text, fixture.expectedText);
    scores.set(`${fixture.kind}/${fixture.name}`, score);
    const { expected } = fixture;

    it('keeps the article body (word F1 >= 0.85)', () => {
      expect(score.f1, `P=${pct(score.precision)} R=${pct(score.recall)}`).toBeGreaterThanOrEqual(0.85);
    });
    it('reads title, authors and dates', () => {
      expect(article.title).toBe(expected.title);
      expect(article.authors).toEqual(expected.authors);
      expect(moment(article.publishedAt)).toBe(moment(expected.publishedAt));
      expect(article.publishedApproximate).toBe(expected.publishedApproximate ?? false);
      if ('modifiedAt' in expected)
        expect(moment(article.modifiedAt)).toBe(moment(expected.modifiedAt ?? null));
    });
    it('reads site, canonical URL and language where the fixture states them', () => {
      if ('site' in expected) expect(article.site).toBe(expected.site);
      if ('canonicalUrl' in expected) expect(article.canonicalUrl).toBe(expected.canonicalUrl);
      if ('language' in expected) expect(article.language).toBe(expected.language);
    });
    it('never leaves the headline at the top of the body', () => {
      expect(article.blocks[0]?.text).not.toBe(article.title);
      expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n\n'));
    });
  });

  for (const kind of ['html', 'text'] as const) {
    it(`scores ${kind} fixtures at pooled word F1 >= 0.95`, () => {
      const pooled = poolScores(
        fixtures.filter((f) => f.kind === kind).map((f) => scores.get(`${kind}/${f.name}`)!),
      );
      expect(pooled.f1).toBeGreaterThanOrEqual(0.95);
    });
  }
  it('scores all fixtures together at pooled word F1 >= 0.95', () => {
    expect(poolScores([...scores.values()]).f1).toBeGreaterThanOrEqual(0.95);
  });

  afterAll(() => {
    const rows = [...scores].map(([name, s]) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${name}`);
    const pooled = (kind: string) =>
      poolScores([...scores].filter(([n]) => n.startsWith(kind)).map(([, s]) => s));
    const summary = ['html', 'text', ''].map((kind) => {
      const s = pooled(kind);
      return `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  OVERALL ${kind || 'all'} (${s.expected} words)`;
    });
    console.log(['    P     R     F1  fixture', ...rows, ...summary].join('\n'));
  });
});
