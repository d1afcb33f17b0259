import { describe, expect, it } from 'vitest';
import { parsePage } from '../../dom/parsePage';
import { extractFromHtml } from './extractFromHtml';
import { bodyLostText, rebuildSkeleton } from './repairSkeleton';
import { measureGrowth } from '../../../test/unit/helpers/linearGrowth';

// Our own article text, long enough to be taken as prose by every stage of the importer.
const STORY = [
  'The river rose by two metres overnight and the ferry between the two villages stopped running before dawn.',
  'Farmers on the lower fields moved their animals to the ridge, where the council opened the old school as a shelter.',
  'By noon the water had reached the bakery on the main square, and volunteers were filling sandbags in the car park.',
  'The mayor said the dyke built after the last flood had held, but that the pumps could not keep up with the rain.',
  'Engineers expect the level to fall by the weekend if the forecast for the hills upstream turns out to be right.',
]
  .map((s) => `<p>${s} ${s}</p>`)
  .join('\n');

const HEAD =
  '<meta charset="utf-8"><title>River rises overnight</title><meta name="description" content="x">';

// Each a skeleton that linkedom leaves with an empty or missing body, while a browser shows the story.
const BROKEN: Array<[string, string]> = [
  [
    'server warnings printed before <html>',
    `<br />\n<b>Warning</b>: query failed in <b>/srv/site/plugin.php</b> on line <b>12</b><br />\n<!DOCTYPE html><html lang="en"><head>${HEAD}</head><body><article>${STORY}</article></body></html>`,
  ],
  [
    '<head> without <html>',
    `<!DOCTYPE html><head>${HEAD}</head><body><article>${STORY}</article></body></html>`,
  ],
  [
    'a whole document pasted into the article, closed mid-page',
    `<!DOCTYPE html><head>${HEAD}</head><body class="post"><h1>River rises overnight</h1><div class="entry"><!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><body>${STORY}</body></html><div class="meta">Filed under: Weather</div></div></body></html>`,
  ],
  [
    'a page that starts with <title> and <meta>',
    `\n${HEAD}\n<html lang="en"><body><main>${STORY}</main></body></html>`,
  ],
  [
    'body elements inside an unclosed <head>',
    `<!DOCTYPE html><html lang="en"><head>${HEAD}<br><span>Menu</span><div class="page">${STORY}</div></html>`,
  ],
  [
    '<html> opened several times',
    `<!DOCTYPE html><html class="a"><html class="b"><html lang="en"><head>${HEAD}</head><body>${STORY}</body></html>`,
  ],
];

const bodyText = (html: string) => parsePage(html).body?.textContent ?? '';

describe('rebuildSkeleton', () => {
  it.each(BROKEN)('repairs %s: the story lands in <body>, title and lang are kept', (_, html) => {
    expect(bodyLostText(parsePage(html))).toBe(true);
    const repaired = parsePage(rebuildSkeleton(html));
    expect(bodyLostText(repaired)).toBe(false);
    expect(repaired.body?.textContent).toContain('The river rose by two metres');
    expect(repaired.querySelector('head title')?.textContent).toBe('River rises overnight');
    expect(repaired.querySelectorAll('head meta').length).toBe(2);
  });

  it.each(BROKEN)('imports the article of a page with %s', (_, html) => {
    const article = extractFromHtml(html, { capturedAt: '2026-01-15T12:00:00Z' });
    expect(article.title).toBe('River rises overnight');
    expect(article.text).toContain('Engineers expect the level to fall by the weekend');
  });

  it('keeps the first <html> and <body> attributes', () => {
    const out = rebuildSkeleton(
      'x<html lang="uk" dir="ltr"><body class="story"><p>a</p></body><html lang="en">',
    );
    expect(out).toBe(
      '<!DOCTYPE html><html lang="uk" dir="ltr"><head></head><body class="story">x<p>a</p></body></html>',
    );
  });

  it('leaves meta and title elements after the body start where they are', () => {
    const out = rebuildSkeleton(
      '<p>lead</p><meta itemprop="datePublished" content="2025-03-14"><title>t</title>',
    );
    expect(out).toBe(
      '<!DOCTYPE html><html><head></head><body><p>lead</p><meta itemprop="datePublished" content="2025-03-14"><title>t</title></body></html>',
    );
  });

  it('does not take a well-formed page for a broken one', () => {
    expect(
      bodyLostText(parsePage(`<!DOCTYPE html><html><head>${HEAD}</head><body>${STORY}</body></html>`)),
    ).toBe(false);
    expect(bodyText(rebuildSkeleton('<p>only a fragment</p>'))).toBe('only a fragment');
  });

  it('stays linear on markup full of unclosed skeleton and title tags', () => {
    for (const unit of ['<title>a<meta x', '<meta x<link y', '<head x<html y']) {
      const growth = measureGrowth((n) => rebuildSkeleton(`${unit.repeat(n)}<body>`), 20_000);
      expect(growth.ok, `${unit}: ${growth.summary}`).toBe(true);
    }
  });
});
