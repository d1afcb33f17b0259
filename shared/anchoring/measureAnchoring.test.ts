import { describe, expect, it } from 'vitest';
import { measureAnchoring, syntheticArticle } from './measureAnchoring';

// Correctness of the measurement scenario only; timings are reported, never asserted.
describe('measureAnchoring', () => {
  it('anchors all 1,000 highlights exactly and re-finds the edited one fuzzily', () => {
    let tick = 0;
    const result = measureAnchoring(() => tick++);
    expect(result.textLength).toBeGreaterThan(100_000);
    expect(result.unchangedExact).toBe(1000);
    expect(result.fuzzy.status).toBe('fuzzy');
  });

  it('builds the same article from the same seed', () => {
    expect(syntheticArticle(50, 3)).toBe(syntheticArticle(50, 3));
    expect(syntheticArticle(50, 3)).not.toBe(syntheticArticle(50, 4));
  });
});
