import { describe, expect, it } from 'vitest';
import { forEachToken, tokenize } from './tokenize';

describe('tokenize', () => {
  it.each<[string, string, string[]]>([
    ['plain words', 'the council met', ['the', 'council', 'met']],
    ['case folded', 'The COUNCIL Met', ['the', 'council', 'met']],
    ['diacritics stripped', 'Café Zürich São Paulo', ['cafe', 'zurich', 'sao', 'paulo']],
    ['combining marks stripped', 'cafe\u0301', ['cafe']],
    ['letters without decomposition', 'Ærø Straße Łódź', ['aero', 'strasse', 'lodz']],
    ['compatibility forms', '\ufb01nance \uff21\uff22', ['finance', 'ab']],
    ['apostrophes inside words dropped', "don't it\u2019s 'quoted'", ['dont', 'its', 'quoted']],
    ['punctuation splits', 'e-mail, U.S.; 3.5%', ['e', 'mail', 'u', 's', '3', '5']],
    ['digits kept', 'Article 4242 of 2024', ['article', '4242', 'of', '2024']],
    ['Han characters stand alone', '北京 news', ['北', '京', 'news']],
    ['Cyrillic and Greek fold too', 'Москва Αθήνα', ['москва', 'αθηνα']],
    ['overlong runs skipped', `a ${'x'.repeat(80)} b`, ['a', 'b']],
    ['empty', '', []],
  ])('%s', (_name, text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it('reports spans in the original text', () => {
    const spans: string[] = [];
    const text = 'Die Straße, "Café"!';
    forEachToken(text, (_term, start, end) => {
      spans.push(text.slice(start, end));
    });
    expect(spans).toEqual(['Die', 'Straße', 'Café']);
  });

  it('stops when the callback returns true', () => {
    const seen: string[] = [];
    forEachToken('one two three four', (term) => {
      seen.push(term);
      return seen.length === 2;
    });
    expect(seen).toEqual(['one', 'two']);
  });
});

describe('tokenize, scripts written without spaces between words', () => {
  it('splits Thai into words, each with its span, so a word inside a phrase is found', () => {
    const text = 'รัฐบาลประกาศมาตรการใหม่';
    const spans: Array<[string, number, number]> = [];
    forEachToken(text, (term, start, end) => {
      spans.push([term, start, end]);
    });
    expect(spans.length).toBeGreaterThan(1);
    // The spans tile the phrase, so highlights and snippets point at the right characters.
    expect(spans.map(([, start, end]) => text.slice(start, end)).join('')).toBe(text);
    expect(spans.map(([t]) => t)).toContain(tokenize('มาตรการ')[0]);
    expect(tokenize('มาตรการ')).toHaveLength(1);
  });

  it('keeps Latin words beside Thai ones', () => {
    expect(tokenize('COVID ระบาด')[0]).toBe('covid');
  });
});
