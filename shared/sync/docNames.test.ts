import { describe, expect, it } from 'vitest';
import { docName, mayWrite, parseDocName, type DocKind, type Role } from './docNames';

describe('parseDocName', () => {
  const cases: Array<[string, ReturnType<typeof parseDocName>]> = [
    ['nb1/notebook', { notebookId: 'nb1', kind: 'notebook', id: '' }],
    ['nb1/replies', { notebookId: 'nb1', kind: 'replies', id: '' }],
    ['nb1/highlights/src-9', { notebookId: 'nb1', kind: 'highlights', id: 'src-9' }],
    ['nb1/note/n_1', { notebookId: 'nb1', kind: 'note', id: 'n_1' }],
    ['nb1/note', null],
    ['nb1/other', null],
    ['../x/notebook', null],
    ['nb1/notebook/extra', null],
    ['', null],
  ];
  it.each(cases)('%j', (name, expected) => expect(parseDocName(name)).toEqual(expected));
  it('round-trips docName', () => expect(parseDocName(docName('a', 'note', 'b'))).toMatchObject({ id: 'b' }));
});

describe('mayWrite', () => {
  const cases: Array<[Role, DocKind, boolean]> = [
    ['editor', 'notebook', true],
    ['editor', 'note', true],
    ['reviewer', 'replies', true],
    ['reviewer', 'notebook', false],
    ['reviewer', 'highlights', false],
    ['reviewer', 'note', false],
  ];
  it.each(cases)('%s on %s → %s', (role, kind, expected) => expect(mayWrite(role, kind)).toBe(expected));
});
