// A ProseMirror schema with the note editor's node and mark names and attributes, so the Node side
// can write a saved note into the Y.XmlFragment the editor's Collaboration extension binds to.
// Content rules are loose on purpose: documents are checked by normalizeNoteDoc, not here.
import { Schema, type MarkSpec, type NodeSpec } from '@tiptap/pm/model';
import { NOTE_MARKS, NOTE_NODES } from '../notes/noteSchema';

const INLINE = new Set(['text', 'hardBreak', 'citation']);
const CONTENT: Readonly<Record<string, string>> = {
  doc: 'block*',
  paragraph: 'inline*',
  heading: 'inline*',
  blockquote: 'block*',
  bulletList: 'block*',
  orderedList: 'block*',
  listItem: 'block*',
};

function attrsOf(names: Readonly<Record<string, unknown>>): Record<string, { default: null }> {
  return Object.fromEntries(Object.keys(names).map((name) => [name, { default: null }]));
}

function nodeSpec(name: string): NodeSpec {
  const inline = INLINE.has(name);
  return {
    content: CONTENT[name],
    group: name === 'doc' ? undefined : inline ? 'inline' : 'block',
    inline,
    atom: name === 'citation',
    attrs: attrsOf(NOTE_NODES[name] ?? {}),
  };
}

let cached: Schema | null = null;

export function noteYSchema(): Schema {
  if (cached) return cached;
  const nodes: Record<string, NodeSpec> = {};
  // ProseMirror wants the top node first and text present.
  for (const name of ['doc', ...Object.keys(NOTE_NODES).filter((n) => n !== 'doc')])
    nodes[name] = nodeSpec(name);
  const marks: Record<string, MarkSpec> = {};
  for (const [name, attrs] of Object.entries(NOTE_MARKS)) marks[name] = { attrs: attrsOf(attrs) };
  cached = new Schema({ nodes, marks });
  return cached;
}
