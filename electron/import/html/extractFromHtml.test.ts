import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { densestSpan } from './densestSpan';
import { extractFromHtml } from './extractFromHtml';
import { measureGrowth } from '../../../test/unit/helpers/linearGrowth';

const AT = '2025-06-12T15:00:00Z';
const PARAS = [
  'The council voted seven to two on Tuesday night to lengthen the ferry terminal by forty metres, ending a long dispute.',
  'Opponents argued that the larger building would block views of the water and bring more traffic to narrow streets.',
  'Construction is scheduled to begin in September and last about fourteen months, the city transport office said.',
  'Ferry service will continue during the work, although one of the two ramps will close for several weeks next spring.',
];
const body = PARAS.map((p) => `<p>${p}</p>`).join('');
const page = (head: string, inner: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${inner}</body></html>`;

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

describe('extractFromHtml', () => {
  it('prefers explicit metadata and records where each field came from', () => {
    const html = page(
      `<title>Ferry plan | Courier</title><meta property="og:title" content="Ferry plan approved"><meta property="og:site_name" content="Courier">
       <meta name="author" content="Somebody Else"><link rel="canonical" href="/news/ferry"><meta property="og:locale" content="fr_FR">
       <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2025-06-10T08:00:00+02:00"}</script>`,
      `<article><h1>Ferry plan approved</h1>${body}</article>`,
      '',
    ).replace(' lang=""', '');
    const a = extractFromHtml(html, { capturedAt: AT, url: 'https://courier.example/x?ref=1' });
    expect(a).toMatchObject({
      title: 'Ferry plan approved',
      authors: ['Ana Ruiz'],
      site: 'Courier',
      publishedAt: '2025-06-10T08:00:00+02:00',
      canonicalUrl: 'https://courier.example/news/ferry',
      // The page declares French, but its text is English: the text wins.
      language: 'en',
    });
    expect(a.provenance).toMatchObject({
      title: 'og:title',
      authors: 'json-ld',
      publishedAt: 'json-ld',
      canonicalUrl: 'link rel=canonical',
      site: 'og:site_name',
    });
    expect(a.text).toBe(PARAS.join('\n\n'));
  });

  it('lists what it cut, in page order', () => {
    const html = page(
      '<title>Ferry plan approved</title>',
      `<nav><a>Home</a> <a>News</a></nav><h1>Ferry plan approved</h1><p>By Ana Ruiz</p>${body}<p>Share this article</p><footer>© 2025 Courier</footer>`,
    );
    const a = extractFromHtml(html, { capturedAt: AT });
    expect(a.removed).toEqual([
      'Home News',
      'Ferry plan approved',
      'By Ana Ruiz',
      'Share this article',
      '© 2025 Courier',
    ]);
    expect(a.authors).toEqual(['Ana Ruiz']);
    expect(a.site).toBe('Courier');
  });

  it('never runs scripts or event handlers and keeps their text out', () => {
    const g = globalThis as { __ran?: boolean };
    const html = page(
      '<script>globalThis.__ran = true</script>',
      `<img src="x" onerror="globalThis.__ran = true">${body}<noscript>Enable JavaScript</noscript><script>document.write("injected")</script>`,
    );
    const a = extractFromHtml(html, { capturedAt: AT });
    expect(g.__ran).toBeUndefined();
    expect(a.text).not.toMatch(/injected|JavaScript|__ran/);
  });

  it('refuses a page without any visible text with a plain message', () => {
    const error = failure(() => extractFromHtml('', { capturedAt: AT }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toBe('No article text or other visible text was found in this page.');
  });

  it.each([
    [
      'a page of navigation only',
      page(
        '<title>Home</title>',
        '<nav><a>Home</a><a>News</a></nav><ul><li><a href="/a">Story one</a></li><li><a href="/b">Story two</a></li></ul><footer>© 2025</footer>',
      ),
      'Story one',
    ],
    ['plain text that is not HTML at all', 'just a few words', 'just a few words'],
  ])('imports %s as its visible text and says so', (_, html, kept) => {
    const article = extractFromHtml(html, { capturedAt: AT });
    expect(article.text).toContain(kept);
    expect(article.extractionNote).toMatch(/little-prose|visible-text/);
  });

  // Time grows with depth no faster than linearly (measureGrowth), rather than within a fixed budget,
  // which depends on how busy the machine is.
  it('refuses HTML nested 20,000 levels deep without hanging', () => {
    const nested = (depth: number) =>
      page('<title>x</title>', `${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}`);
    const error = failure(() => extractFromHtml(nested(20_000), { capturedAt: AT }));
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toBe('This page is nested too deeply to read safely.');
    const growth = measureGrowth(
      (depth) => failure(() => extractFromHtml(nested(depth), { capturedAt: AT })),
      2_500,
    );
    expect(growth.large, growth.summary).toBeLessThan(growth.bound);
  });

  it('still reads an article buried a few hundred levels deep', () => {
    const buried = (depth: number) =>
      page('<title>Ferry plan approved</title>', `${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}`);
    expect(extractFromHtml(buried(400), { capturedAt: AT }).text).toBe(PARAS.join('\n\n'));
    const growth = measureGrowth((depth) => extractFromHtml(buried(depth), { capturedAt: AT }), 50);
    expect(growth.large, growth.summary).toBeLessThan(growth.bound);
  });

  it('reads a page with no markup structure beyond <br> line breaks', () => {
    const html = `<html><body>Ferry plan approved<br><br>${PARAS.join('<br><br>')}<br><br>Share<br>Back to top</body></html>`;
    const a = extractFromHtml(html, { capturedAt: AT });
    expect(a.text).toBe(PARAS.join('\n\n'));
  });
});

describe('densestSpan', () => {
  it('picks the run with the most prose and keeps a few lines above it', () => {
    const blocks = [
      ...['Home', 'News', 'Sport'].map((text) => ({ kind: 'p' as const, text, linkDensity: 1 })),
      { kind: 'p' as const, text: 'By Ana Ruiz' },
      ...PARAS.map((text) => ({ kind: 'p' as const, text })),
      ...Array.from({ length: 12 }, (_, i) => ({
        kind: 'li' as const,
        text: `Other story number ${i}`,
        linkDensity: 1,
      })),
    ];
    const span = densestSpan(blocks);
    expect(span.map((b) => b.text).slice(-4)).toEqual(PARAS);
    expect(span.some((b) => b.text === 'By Ana Ruiz')).toBe(true);
    expect(span.some((b) => b.text.startsWith('Other story'))).toBe(false);
  });
});

describe('extractFromHtml, a page with only an update date', () => {
  it('takes the "Last update" date as the published date and says where it came from', () => {
    const para =
      'The council voted on Tuesday to extend the night bus network to three new districts, officials said. '.repeat(
        4,
      );
    const html = `<html><body><article><h1>Night buses extended</h1><p>Last update: 14 March 2025</p><p>${para}</p><p>${para}</p></article></body></html>`;
    const a = extractFromHtml(html, { capturedAt: '2025-04-01T10:00:00Z' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-03-14');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2025-03-14');
    expect(a.provenance.publishedAt).toMatch(/last update/);
  });
});

describe('extractFromHtml, a date line the reader view keeps as its lead', () => {
  // Readability keeps the info line above the story (or merges the byline into it): the date is
  // still read from the page's own lines above the first paragraph.
  it.each([
    ['alone', '<span class="date">3 February 2025</span> <span class="views">4 821 views</span>'],
    [
      'merged with the byline',
      '<div class="byline">מאת <a rel="author" href="/a/1">יואב כהן</a></div> <span class="date">03.02.2025 09:40</span> <span class="reading">2 דקות קריאה</span>',
    ],
  ])('%s', (_, info) => {
    const html = page('', `<article><h1>Ferry plan</h1><div class="info">${info}</div>${body}</article>`);
    expect(extractFromHtml(html, { capturedAt: AT }).publishedAt?.slice(0, 10)).toBe('2025-02-03');
  });
});
