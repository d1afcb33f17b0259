import { describe, expect, it } from 'vitest';
import { placeToRestore, rememberPlace, type PlaceStorage } from './lastPlace';

function memoryStorage(): PlaceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const NOTE = '01900000-0000-7000-8000-0000000000aa';

describe('last place per notebook', () => {
  const cases: Array<{ name: string; stored: string | null; start: string; expected: string | null }> = [
    {
      name: 'a restart returns to the open note',
      stored: `#/notes/${NOTE}`,
      start: '',
      expected: `#/notes/${NOTE}`,
    },
    { name: 'a bare # counts as no place', stored: '#/claims', start: '#', expected: '#/claims' },
    { name: 'a link or reload keeps its own place', stored: '#/claims', start: '#/entities', expected: null },
    { name: 'an explicit library link stays', stored: '#/claims', start: '#/', expected: null },
    { name: 'nothing stored', stored: null, start: '', expected: null },
    { name: 'the library needs no restoring', stored: '#/', start: '', expected: null },
    {
      name: 'junk is read as a route, never a URL',
      stored: 'javascript:alert(1)',
      start: '',
      expected: null,
    },
    { name: 'a search keeps its query', stored: '#/search?q=a%20b', start: '', expected: '#/search?q=a%20b' },
  ];
  it.each(cases)('$name', ({ stored, start, expected }) => {
    const storage = memoryStorage();
    if (stored !== null) storage.data.set('rn.lastPlace.nb1', stored);
    expect(placeToRestore(storage, 'nb1', start)).toBe(expected);
  });

  it('keeps each notebook its own place', () => {
    const storage = memoryStorage();
    rememberPlace(storage, 'nb1', `#/notes/${NOTE}`);
    rememberPlace(storage, 'nb2', '#/claims');
    expect(placeToRestore(storage, 'nb1', '')).toBe(`#/notes/${NOTE}`);
    expect(placeToRestore(storage, 'nb2', '')).toBe('#/claims');
    expect(placeToRestore(storage, 'nb3', '')).toBeNull();
  });

  it('survives storage that refuses', () => {
    const refusing: PlaceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => rememberPlace(refusing, 'nb1', '#/claims')).not.toThrow();
    expect(placeToRestore(refusing, 'nb1', '')).toBeNull();
  });
});
