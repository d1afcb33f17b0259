import { describe, expect, it } from 'vitest';
import { ratingLabel, supportLabel } from './ratingLabels';

describe('rating and support labels', () => {
  it.each([
    [{ sources: 0, independent: 0, weight: 0 }, 'No sources'],
    [{ sources: 1, independent: 1, weight: 1 }, '1 source, 1 independent'],
    [{ sources: 3, independent: 2, weight: 2 }, '3 sources, 2 independent'],
  ])('%j reads %s', (side, label) => {
    expect(supportLabel(side)).toBe(label);
  });

  it('names the content-farm rating as the reporter sees it', () => {
    expect(ratingLabel('derivative')).toBe('Content farm / derivative');
  });
});
