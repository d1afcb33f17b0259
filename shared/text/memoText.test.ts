import { describe, expect, it } from 'vitest';
import { memoText } from './memoText';

describe('memoText', () => {
  it('computes each text once and answers the same after', () => {
    const seen: string[] = [];
    const upper = memoText((t) => {
      seen.push(t);
      return t.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('does not keep very long texts, yet answers them', () => {
    const seen: string[] = [];
    const len = memoText((t) => {
      seen.push(t);
      return t.length;
    });
    const long = 'x'.repeat(20_001);
    expect([len(long), len(long)]).toEqual([20_001, 20_001]);
    expect(seen).toHaveLength(2);
  });

  it('stays bounded: past its size it starts afresh and still answers correctly', () => {
    let calls = 0;
    const id = memoText((t) => {
      calls += 1;
      return t;
    });
    for (let i = 0; i < 5000; i++) expect(id(String(i))).toBe(String(i));
    expect(id('0')).toBe('0');
    expect(calls).toBe(5001);
  });
});
