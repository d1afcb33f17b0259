import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId } from './ids';

describe('newId', () => {
  it('is a well-formed UUIDv7', () => {
    const id = newId();
    expect(id).toMatch(ID_PATTERN);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('strictly increases within one process, in one millisecond, across counter overflow and a clock step back', () => {
    const start = Date.now() + 60_000;
    const ids = [
      ...Array.from({ length: 5000 }, () => newId(start)),
      ...Array.from({ length: 10 }, () => newId(start - 5_000)),
      newId(start + 1),
      newId(start + 10_000),
    ];
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!, `id ${i}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(ID_PATTERN));
  });

  it('keeps the creation time in its first 48 bits', () => {
    const at = Date.now() + 120_000;
    expect(parseInt(newId(at).replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });
});
