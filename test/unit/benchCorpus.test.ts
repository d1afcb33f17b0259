import { describe, expect, it } from 'vitest';
import { LANGUAGES, realPage } from '../../scripts/bench/realPages';
import { compile } from '../../scripts/bench/searchPeers';

describe('bench: realistic pages', () => {
  it('are the same for the same seed and differ between seeds', () => {
    expect(realPage(5).html).toBe(realPage(5).html);
    expect(realPage(5).html).not.toBe(realPage(6).html);
  });

  it('weigh 100–300 thousand characters and carry the furniture of real pages', () => {
    for (let seed = 0; seed < 18; seed++) {
      const { html } = realPage(seed);
      const thousands = html.length / 1000;
      expect(thousands, `page ${seed}`).toBeGreaterThanOrEqual(100);
      expect(thousands, `page ${seed}`).toBeLessThanOrEqual(305);
      for (const part of ['<script', '<style', '<nav', '<svg', 'application/ld+json', 'class="comments"'])
        expect(html, `page ${seed}`).toContain(part);
    }
  });

  it('cycle through every language', () => {
    const seen = new Set(Array.from({ length: LANGUAGES.length }, (_, i) => realPage(i).language));
    expect(seen.size).toBe(LANGUAGES.length);
  });
});

describe('bench: queries as the peers are asked them', () => {
  it.each([
    ['council budget', '"council" AND "budget"', ['council', 'budget'], []],
    ['"the minister"', '"the minister"', ['the', 'minister'], []],
    ['minis*', '"minis"*', ['minis'], ['minis']],
    ['Zürich -police', '"zurich"', ['zurich'], []],
  ])('%s', (query, fts, words, prefixes) => {
    const compiled = compile(query);
    expect(compiled.fts).toBe(fts);
    expect(compiled.words).toEqual(words);
    expect([...compiled.prefixes]).toEqual(prefixes);
  });
});
