import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { NOTE_MARKS, NOTE_NODES } from '../../../shared/notes/noteSchema';
import { noteExtensions } from './noteExtensions';

// The main process checks notes against shared/notes/noteSchema.ts; this keeps it the editor's schema.
describe('the shared note schema', () => {
  const schema = getSchema(noteExtensions());
  const attrsOf = (spec: { attrs?: Record<string, unknown> | null }) => Object.keys(spec.attrs ?? {}).sort();

  it('has exactly the editor’s nodes, each with its attributes', () => {
    const editor = Object.fromEntries(Object.entries(schema.nodes).map(([n, t]) => [n, attrsOf(t.spec)]));
    const shared = Object.fromEntries(Object.entries(NOTE_NODES).map(([n, a]) => [n, Object.keys(a).sort()]));
    expect(shared).toEqual(editor);
  });

  it('has exactly the editor’s marks, each with its attributes', () => {
    const editor = Object.fromEntries(Object.entries(schema.marks).map(([n, t]) => [n, attrsOf(t.spec)]));
    const shared = Object.fromEntries(Object.entries(NOTE_MARKS).map(([n, a]) => [n, Object.keys(a).sort()]));
    expect(shared).toEqual(editor);
  });
});
