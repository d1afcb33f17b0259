import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocNode } from '../model';
import { readNoteFragment, writeNoteFragment } from './noteFragment';

const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('note bodies in a Y.XmlFragment', () => {
  it('round-trips a note with marks and a citation', () => {
    const y = new Y.Doc();
    const note = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          {
            type: 'citation',
            attrs: {
              sourceId: '00000000-0000-4000-8000-000000000001',
              highlightId: '00000000-0000-4000-8000-000000000002',
              locator: null,
            },
          },
        ],
      },
    );
    writeNoteFragment(y, note);
    expect(readNoteFragment(y)).toEqual(readNoteFragment(y));
    expect(JSON.stringify(readNoteFragment(y))).toContain('"text":"bold"');
    expect(JSON.stringify(readNoteFragment(y))).toContain(
      '"highlightId":"00000000-0000-4000-8000-000000000002"',
    );
  });

  it('keeps both people’s typing when they edit the same note apart', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeNoteFragment(a, doc(para('Shared start.')));
    exchange(a, b);
    writeNoteFragment(a, doc(para('Shared start. Ann adds this.')));
    writeNoteFragment(b, doc(para('Bob writes first. Shared start.')));
    exchange(a, b);
    const merged = JSON.stringify(readNoteFragment(a));
    expect(merged).toBe(JSON.stringify(readNoteFragment(b)));
    expect(merged).toContain('Ann adds this.');
    expect(merged).toContain('Bob writes first.');
  });
});
