import { describe, expect, it } from 'vitest';
import { compareSignatures, SIGNATURE_LENGTH, signText } from './signText';
import { BASE, LIGHT_EDIT, SAME_EVENT, SYNONYMS } from './testing/articles';
import { spinText } from './testing/spinText';

// About 30% of BASE's content words (18% of all words) swapped for synonyms.
const SPUN = spinText(BASE, SYNONYMS, 0.4, 11);
// A harder spin: about half of the content words.
const HEAVY_SPUN = spinText(BASE, SYNONYMS, 0.7, 12);

describe('compareSignatures', () => {
  it.each([
    ['identical', BASE, 1, 1],
    [
      're-pasted with other white space and quotes',
      BASE.replace(/\n\n/g, '\n').replace(/"/g, '\u201d'),
      1,
      1,
    ],
    ['lightly edited', LIGHT_EDIT, 0.75, 1],
    ['spun, 30% of content words', SPUN.text, 0.55, 0.9],
    ['spun, half of the content words', HEAVY_SPUN.text, 0.5, 0.9],
    ['same event, written independently', SAME_EVENT, 0, 0.2],
    ['an unrelated short note', 'Remember to call the archive about the 1998 photos.', 0, 0.1],
  ])('%s scores within range', (_name, other, min, max) => {
    const { score } = compareSignatures(signText(BASE), signText(other));
    expect(score).toBeGreaterThanOrEqual(min);
    expect(score).toBeLessThanOrEqual(max);
  });

  it('spun fixtures swap the share of words they claim', () => {
    expect(SPUN.swapped).toBeGreaterThan(0.15);
    expect(HEAVY_SPUN.swapped).toBeGreaterThan(0.28);
  });

  it('tells a rewording from an edit by its two signals', () => {
    const spun = compareSignatures(signText(BASE), signText(SPUN.text));
    expect(spun.structureScore).toBeGreaterThan(0.85);
    expect(spun.wordScore).toBeLessThan(0.6);
    const edit = compareSignatures(signText(BASE), signText(LIGHT_EDIT));
    expect(edit.wordScore).toBeGreaterThan(0.75);
  });

  it.each([
    ['empty vs empty', '', '', 0, 0],
    ['one word, same', 'Kelstow', 'kelstow', 1, 1],
    ['one word, different', 'Kelstow', 'Dahl', 0, 0],
    ['two words, same', 'Sea wall', 'sea wall', 1, 1],
    ['short phrase vs article', 'sea wall', BASE, 0, 0.05],
    ['short texts sharing only function words', 'The cat sat on the mat.', 'The dog lay on the rug.', 0, 0.2],
  ])('short texts: %s', (_name, a, b, min, max) => {
    const { score } = compareSignatures(signText(a), signText(b));
    expect(score).toBeGreaterThanOrEqual(min);
    expect(score).toBeLessThanOrEqual(max);
  });

  it('is symmetric and has the documented length', () => {
    const [a, b] = [signText(BASE), signText(LIGHT_EDIT)];
    expect(a).toHaveLength(SIGNATURE_LENGTH);
    expect(compareSignatures(a, b)).toEqual(compareSignatures(b, a));
  });
});
