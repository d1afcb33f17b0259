import { describe, expect, it } from 'vitest';
import { LshIndex, type LshIndexJson } from './lshIndex';
import { SIGNATURE_LENGTH, signText } from './signText';
import { BASE, LIGHT_EDIT, SAME_EVENT, SYNONYMS } from './testing/articles';
import { fillerArticle } from './testing/fillerArticle';
import { spinText } from './testing/spinText';

function libraryIndex(fillers = 300): LshIndex {
  const index = new LshIndex();
  index.add('base', signText(BASE));
  index.add('same-event', signText(SAME_EVENT));
  for (let i = 0; i < fillers; i++) index.add(`filler-${i}`, signText(fillerArticle(i)));
  return index;
}

describe('LshIndex.query', () => {
  const index = libraryIndex();
  it.each([
    ['the article itself', BASE, ['base']],
    ['a light edit', LIGHT_EDIT, ['base']],
    ['a spun copy (30% of content words)', spinText(BASE, SYNONYMS, 0.4, 21).text, ['base']],
    ['a heavier spin (half the content words)', spinText(BASE, SYNONYMS, 0.7, 22).text, ['base']],
    ['the same event told independently', SAME_EVENT, ['same-event']],
    ['a fresh filler on the same vocabulary', fillerArticle(10_000), []],
    ['an empty text', '', []],
  ])('%s', (_name, text, ids) => {
    const matches = index.query(signText(text));
    expect(matches.map((m) => m.id)).toEqual(ids);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(0.5);
  });

  it('sorts best first and honours minScore, excludeId and limit', () => {
    const small = new LshIndex();
    small.add('copy', signText(BASE));
    small.add('edit', signText(LIGHT_EDIT));
    small.add('spun', signText(spinText(BASE, SYNONYMS, 0.4, 23).text));
    const query = signText(BASE);
    expect(small.query(query).map((m) => m.id)).toEqual(['copy', 'edit', 'spun']);
    expect(small.query(query, { excludeId: 'copy' }).map((m) => m.id)).toEqual(['edit', 'spun']);
    expect(small.query(query, { limit: 1 }).map((m) => m.id)).toEqual(['copy']);
    expect(small.query(query, { minScore: 0.8 }).map((m) => m.id)).toEqual(['copy', 'edit']);
  });
});

describe('LshIndex maintenance', () => {
  it('replaces on re-add, forgets on remove and reuses freed slots', () => {
    const index = libraryIndex(100);
    expect(index.size).toBe(102);
    index.add('base', signText(SAME_EVENT));
    expect(index.query(signText(LIGHT_EDIT))).toEqual([]);
    expect(index.remove('base')).toBe(true);
    expect(index.remove('base')).toBe(false);
    expect(index.has('base')).toBe(false);
    expect(index.query(signText(SAME_EVENT)).map((m) => m.id)).toEqual(['same-event']);
    index.add('again', signText(BASE));
    expect(index.size).toBe(102);
    expect(index.query(signText(LIGHT_EDIT)).map((m) => m.id)).toEqual(['again']);
  });

  it('rejects a signature of the wrong length', () => {
    expect(() => new LshIndex().add('x', new Uint32Array(3))).toThrow(RangeError);
  });
});

describe('LshIndex JSON', () => {
  const index = libraryIndex(50);
  const json = JSON.parse(JSON.stringify(index)) as LshIndexJson;

  it('round-trips signatures and answers the same queries', () => {
    const restored = LshIndex.fromJSON(json);
    expect(restored?.size).toBe(index.size);
    expect(restored?.signatureOf('base')).toEqual(index.signatureOf('base'));
    expect(restored?.query(signText(LIGHT_EDIT))).toEqual(index.query(signText(LIGHT_EDIT)));
    expect(json.entries[0]?.[1]).toHaveLength(Math.ceil((SIGNATURE_LENGTH * 4) / 3) * 4);
  });

  it.each([
    ['not an object', 'index'],
    ['null', null],
    ['another index version', { ...json, version: 99 }],
    ['another signature version', { ...json, signatureVersion: 0 }],
    ['entries missing', { ...json, entries: undefined }],
    ['an entry that is not a pair', { ...json, entries: [['a']] }],
    ['a damaged signature', { ...json, entries: [['a', '@@@@']] }],
    ['a signature of the wrong length', { ...json, entries: [['a', 'AAAAAA==']] }],
  ])('gives null for %s, so the caller re-signs', (_name, data) => {
    expect(LshIndex.fromJSON(data)).toBeNull();
  });
});
