import { describe, expect, it } from 'vitest';
import { isFunctionWord, normalizeWords } from './normalizeWords';

describe('normalizeWords', () => {
  it.each([
    ['empty', '', []],
    ['only punctuation', ' — … !? ', []],
    ['case and diacritics fold', 'Café CAFÉ cafe', ['cafe', 'cafe', 'cafe']],
    ['combining marks as well as precomposed', 'nai\u0308ve naïve', ['naive', 'naive']],
    ['German sharp s folds to ss', 'Straße STRASSE', ['strasse', 'strasse']],
    ['apostrophes of either kind join the word', "don\u2019t don't", ['dont', 'dont']],
    ['full-width letters are compatibility forms', 'Ｆｕｌｌ ｗｉｄｔｈ', ['full', 'width']],
    ['digits are words, punctuation splits', '4.2 million, 2024-03', ['4', '2', 'million', '2024', '03']],
    ['Cyrillic and Greek keep their letters', 'Москва Αθήνα', ['москва', 'αθηνα']],
    ['Han and kana split per character', '東京へ', ['東', '京', 'へ']],
    ['Latin next to Han splits at the script change', 'abc東', ['abc', '東']],
  ])('%s', (_name, text, words) => {
    expect(normalizeWords(text)).toEqual(words);
  });
});

describe('isFunctionWord', () => {
  it.each([
    ['the', true],
    ['after', true],
    ['fur', true], // German "für" after folding
    ['council', false],
    ['war', false], // German "war" is left out: it is an English content word
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });
});
