import { describe, expect, it } from 'vitest';
import { splitAuthors } from './splitAuthors';

describe('splitAuthors', () => {
  it.each([
    ['Mara Quill; Tomas Brevik', ['Mara Quill', 'Tomas Brevik']],
    ['Mara Quill and Tomas Brevik', ['Mara Quill', 'Tomas Brevik']],
    ['Mara Quill, Tomas Brevik', ['Mara Quill', 'Tomas Brevik']],
    ['Quill, Mara', ['Quill, Mara']],
    ['', []],
    [undefined, []],
    ['Microsoft Office User', []],
    ['Lena Marsh & Administrator', ['Lena Marsh']],
  ])('%s', (raw, expected) => {
    expect(splitAuthors(raw)).toEqual(expected);
  });
});
