import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocNode } from '../model';
import {
  applyNoteUpdate,
  decodeNoteUpdate,
  encodeNoteUpdate,
  MAX_NOTE_UPDATE_BYTES,
  noteBodyOf,
  noteUpdateSince,
  rebaseNoteEdit,
} from './noteCollab';
import { writeNoteFragment } from './noteFragment';

const S = '00000000-0000-4000-8000-000000000001';
const H = '00000000-0000-4000-8000-000000000002';
const text = (t: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});
const quoted = (t: string) => text(t, [{ type: 'sourceQuote', attrs: { highlightId: H, sourceId: S } }]);
const cite: DocNode = { type: 'citation', attrs: { sourceId: S, highlightId: H, locator: null } };
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** The note both people start from: a quotation with its citation, then a second paragraph. */
const BASE = doc(
  para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
  para(text('Second.')),
);

/** BASE written once, by one replica: every other replica starts from this same history. */
const BASE_UPDATE = (() => {
  const seed = new Y.Doc();
  writeNoteFragment(seed, BASE);
  return Y.encodeStateAsUpdate(seed);
})();

/** Replica holding BASE, as every member's doc does after the first exchange. */
function replicaOfBase(): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, BASE_UPDATE);
  return replica;
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Sends each side what the other lacks, as the relay and the server do. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = noteUpdateSince(a, Y.encodeStateVector(b));
  const toA = noteUpdateSince(b, Y.encodeStateVector(a));
  applyNoteUpdate(b, toB, 'remote');
  applyNoteUpdate(a, toA, 'remote');
}

const bodyText = (d: Y.Doc) => JSON.stringify(noteBodyOf(d));

// Each case: what Ann's editor shows after her typing, what Bob's shows after his, and what must be
// in the merged note. Both edits are made from BASE, before either has seen the other's.
const cases: Array<{ name: string; ann: DocNode; bob: DocNode; expect: string[] }> = [
  {
    name: 'different paragraphs',
    ann: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('. Ann.')),
      para(text('Second.')),
    ),
    bob: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Second. Bob.')),
    ),
    expect: ['. Ann.', 'Second. Bob.'],
  },
  {
    name: 'same paragraph, same spot',
    ann: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Second.ANN')),
    ),
    bob: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Second.BOB')),
    ),
    expect: ['ANN', 'BOB'],
  },
  {
    name: 'one types before the quotation, the other after its citation',
    ann: doc(
      para(text('Yesterday the mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Second.')),
    ),
    bob: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text(', twice.')),
      para(text('Second.')),
    ),
    expect: ['Yesterday the mayor said ', ', twice.'],
  },
  {
    name: 'one adds a paragraph, the other bolds a word',
    ann: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Ann’s new paragraph.')),
      para(text('Second.')),
    ),
    bob: doc(
      para(text('The mayor said '), quoted('we will rebuild'), cite, text('.')),
      para(text('Second', [{ type: 'bold' }]), text('.')),
    ),
    expect: ['Ann’s new paragraph.', '{"type":"text","text":"Second","marks":[{"type":"bold"}]}'],
  },
];

/** The first case, used where one pair of concurrent edits is enough. */
const apart = cases[0] as (typeof cases)[number];

describe('co-editing a note through its Y.Doc', () => {
  for (const c of cases) {
    it(`keeps both edits, the quotation mark and the citation: ${c.name}`, () => {
      const ann = replicaOfBase();
      const bob = replicaOfBase();
      writeNoteFragment(ann, c.ann);
      writeNoteFragment(bob, c.bob);
      exchange(ann, bob);
      const merged = bodyText(ann);
      expect(merged).toBe(bodyText(bob));
      for (const piece of c.expect) expect(occurrences(merged, piece)).toBe(1);
      expect(occurrences(merged, 'mayor said')).toBe(1);
      expect(merged).toContain(
        `{"type":"text","text":"we will rebuild","marks":[{"type":"sourceQuote","attrs":{"highlightId":"${H}","sourceId":"${S}"}}]}`,
      );
      expect(merged).toContain(
        `{"type":"citation","attrs":{"sourceId":"${S}","highlightId":"${H}","locator":null}}`,
      );
    });
  }

  it('merges an edit made from an older state instead of overwriting what came in meanwhile', () => {
    const shared = replicaOfBase();
    const annSawThis = Y.encodeStateAsUpdate(shared);
    const bob = replicaOfBase();
    writeNoteFragment(bob, apart.bob);
    exchange(shared, bob); // Bob's text reaches the shared doc while Ann's editor still shows BASE
    const annBody = apart.ann;

    // Writing Ann's whole body into the doc (what a save of a stale editor amounts to) loses Bob's text.
    const naive = new Y.Doc();
    Y.applyUpdate(naive, Y.encodeStateAsUpdate(shared));
    writeNoteFragment(naive, annBody);
    expect(bodyText(naive)).not.toContain('Bob.');

    // The same edit as an update against what Ann saw keeps both.
    applyNoteUpdate(shared, rebaseNoteEdit(annSawThis, annBody), 'editor');
    expect(bodyText(shared)).toContain('Ann.');
    expect(bodyText(shared)).toContain('Second. Bob.');
  });

  it('duplicates a note seeded twice independently: only one writer (main) may seed a note’s doc', () => {
    const ann = new Y.Doc();
    const bob = new Y.Doc();
    writeNoteFragment(ann, BASE);
    writeNoteFragment(bob, BASE);
    exchange(ann, bob);
    expect(occurrences(bodyText(ann), 'The mayor said')).toBe(2);
  });

  it('round-trips an update through contract text and says whether the stored body changed', () => {
    const a = replicaOfBase();
    const b = replicaOfBase();
    const sv = Y.encodeStateVector(b);
    writeNoteFragment(a, apart.ann);
    const wire = encodeNoteUpdate(noteUpdateSince(a, sv));
    expect(applyNoteUpdate(b, decodeNoteUpdate(wire), 'remote')).toBe(true);
    expect(bodyText(b)).toBe(bodyText(a));
    expect(applyNoteUpdate(b, decodeNoteUpdate(wire), 'remote')).toBe(false); // already there
  });
});

describe('bad note updates get a clear error and change nothing', () => {
  const elsewhere = () => {
    const other = new Y.Doc();
    other.getMap('records').set('x', 1);
    return Y.encodeStateAsUpdate(other);
  };
  const badBytes: Array<[string, () => Uint8Array, RegExp]> = [
    ['random bytes', () => Uint8Array.from([255, 255, 255, 255, 1, 2, 3]), /not a well-formed/],
    ['a truncated update', () => Y.encodeStateAsUpdate(replicaOfBase()).slice(0, 20), /not a well-formed/],
    ['an update to another part of the doc', elsewhere, /outside the note/],
    ['an update over the size budget', () => new Uint8Array(MAX_NOTE_UPDATE_BYTES + 1), /larger than a note/],
  ];
  for (const [name, make, message] of badBytes) {
    it(name, () => {
      const d = replicaOfBase();
      const before = Y.encodeStateAsUpdate(d);
      expect(() => applyNoteUpdate(d, make(), 'editor')).toThrow(message);
      expect(Y.encodeStateAsUpdate(d)).toEqual(before);
    });
  }

  const badText: Array<[string, string, RegExp]> = [
    ['not base64', 'this is not base64!', /bad base64/],
    ['base64 of the wrong length', 'AAA', /bad base64/],
    ['longer than any note', 'A'.repeat(Math.ceil(MAX_NOTE_UPDATE_BYTES / 3) * 4 + 4), /larger than a note/],
  ];
  for (const [name, wire, message] of badText) {
    it(`as contract text: ${name}`, () => expect(() => decodeNoteUpdate(wire)).toThrow(message));
  }
});
