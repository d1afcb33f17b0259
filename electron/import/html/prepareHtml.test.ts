import { describe, expect, it } from 'vitest';
import { limitNesting, REFUSE_DEPTH } from './limitNesting';
import { prepareHtml } from './prepareHtml';
import { measureGrowth } from '../../../test/unit/helpers/linearGrowth';

describe('prepareHtml', () => {
  it('cuts scripts, styles, comments, embeds and form controls', () => {
    const { html } = prepareHtml(
      '<p>a</p><script>alert(1)</script><style>p{}</style><!-- <p>x</p> --><iframe src=x></iframe><button>Share</button><select><option>1</option></select><p>b</p>',
    );
    expect(html.replace(/\s+/g, '')).toBe('<p>a</p><p>b</p>');
  });
  it('collects JSON-LD before cutting it', () => {
    const { jsonLd, html } = prepareHtml(
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type=application/ld+json>[]</script><p>x</p>',
    );
    expect(jsonLd).toEqual(['{"@type":"NewsArticle"}', '[]']);
    expect(html).not.toContain('NewsArticle');
  });
  it('treats an unclosed script as running to the end, as a browser does', () => {
    expect(prepareHtml('<p>a</p><script>var x = "<p>b</p>"').html.trim()).toBe('<p>a</p>');
  });
  it('cuts nested navigation and footers whole and keeps their text for the record', () => {
    const { html, cut } = prepareHtml(
      '<nav><nav><a>Home</a></nav><a>News &amp; Views</a></nav><p>body</p><footer>© 2025 Site</footer>',
    );
    expect(html).toBe('<s-cut n="0"></s-cut><p>body</p><s-cut n="1"></s-cut>');
    expect(cut).toEqual(['Home News & Views', '© 2025 Site']);
  });
  it('leaves an unclosed <nav> to the parser and does not confuse <navbar> with <nav>', () => {
    expect(prepareHtml('<navbar>x</navbar><nav><a>Home</a>').html).toBe('<navbar>x</navbar><nav><a>Home</a>');
  });
  it('keeps <title> text intact', () => {
    expect(prepareHtml('<title>a <b> c</title><p>x</p>').html).toBe('<title>a <b> c</title><p>x</p>');
  });
});

describe('limitNesting', () => {
  it('leaves ordinary markup untouched', () => {
    const html = '<div><p>one<p>two</div><ul><li>a<li>b</ul>';
    expect(limitNesting(html)).toBe(html);
  });
  it('flattens markup nested a few hundred levels deep, keeping the text', () => {
    const html = `${'<span>'.repeat(300)}deep text${'</span>'.repeat(300)}`;
    const out = limitNesting(html);
    expect(out).toContain('deep text');
    expect(out.match(/<span>/g)).toHaveLength(100);
    expect(out.match(/<\/span>/g)).toHaveLength(100);
  });
  it('refuses markup nested 20,000 levels deep quickly, with words a reporter can read', () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;
    expect(() => limitNesting(nested(20_000))).toThrow('This page is nested too deeply to read safely.');
    const growth = measureGrowth((depth) => {
      try {
        limitNesting(nested(depth));
      } catch {
        // Refused, as checked above; only the time it takes is measured here.
      }
    }, 2_500);
    expect(growth.large, growth.summary).toBeLessThan(growth.bound);
  });
  it('is not fooled by stray closing tags between the openings', () => {
    const html = '<div></span>'.repeat(REFUSE_DEPTH + 10);
    expect(() => limitNesting(html)).toThrow(/nested too deeply/);
  });
});
