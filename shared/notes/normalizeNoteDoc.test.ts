import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model/note';
import { noteDocSchema, noteBodySchema } from '../model/note';
import { normalizeNoteDoc } from './normalizeNoteDoc';
import { isAllowedLinkHref, MAX_NOTE_DEPTH } from './noteSchema';

const text = (t: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]) => ({ type: 'doc' as const, content });
const link = (href: string) => [
  { type: 'link', attrs: { href, target: '_blank', rel: 'noopener', class: null } },
];

/** Blockquotes nested `levels` deep, built without recursion, with one line of text at the bottom. */
function nested(levels: number): DocNode & { type: 'doc' } {
  let inner: DocNode = para(text('bottom'));
  for (let i = 0; i < levels; i++) inner = { type: 'blockquote', content: [inner] };
  return doc(inner);
}

describe('normalizeNoteDoc', () => {
  it('keeps what the editor writes unchanged', () => {
    const written = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      para(text('See ', [{ type: 'bold' }]), text('this', link('https://example.org/a'))),
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [para(text('one'))] }],
      },
      para(text('mail', link('mailto:desk@example.org'))),
      { type: 'horizontalRule' },
    );
    expect(normalizeNoteDoc(written)).toEqual({ doc: written, problems: [] });
  });

  it.each([
    ['an unknown node', doc({ type: 'iframe', attrs: { src: 'x' } }), /unknown kind of block “iframe”/],
    ['an unknown mark', doc(para(text('x', [{ type: 'script' }]))), /unknown formatting “script”/],
    [
      'an unknown attribute',
      doc({ type: 'paragraph', attrs: { onclick: 'x' } }),
      /unknown attribute “onclick”/,
    ],
    ['a heading level the editor lacks', doc({ type: 'heading', attrs: { level: 7 } }), /unusable level/],
    ['a javascript: link', doc(para(text('x', link('javascript:alert(1)')))), /a link has an unusable href/],
    ['a data: link', doc(para(text('x', link('data:text/html,<script>')))), /unusable href/],
    ['a file: link', doc(para(text('x', link('file:///etc/passwd')))), /unusable href/],
    ['a vbscript: link', doc(para(text('x', link('vbscript:msgbox')))), /unusable href/],
    ['a node that is not an object', doc('text' as unknown as DocNode), /not a node/],
    ['text on a paragraph', doc({ type: 'paragraph', text: 'x' }), /carries text/],
    ['a second doc inside', doc({ type: 'doc' }), /unknown kind of block “doc”/],
    ['not a document', { type: 'paragraph' }, /not a note document/],
    ['content that is not a list', { type: 'doc', content: { 0: 1 } }, /not a list/],
  ])('refuses %s, saying what', (_name, input, reason) => {
    const { problems } = normalizeNoteDoc(input);
    expect(problems.join('; ')).toMatch(reason);
  });

  it('drops unsafe links but keeps their words', () => {
    const { doc: clean } = normalizeNoteDoc(doc(para(text('click', link('javascript:alert(1)')))));
    expect(clean).toEqual(doc(para(text('click', []))));
  });

  it(`allows ${MAX_NOTE_DEPTH} levels and flattens deeper branches to their text, without recursion`, () => {
    expect(normalizeNoteDoc(nested(MAX_NOTE_DEPTH - 2)).problems).toEqual([]);
    for (const levels of [MAX_NOTE_DEPTH, 1_400, 200_000]) {
      const { doc: clean, problems } = normalizeNoteDoc(nested(levels));
      expect(problems).toEqual([`it is nested more than ${MAX_NOTE_DEPTH} levels deep`]);
      let depth = 0;
      let node: DocNode | undefined = clean;
      while (node?.content?.[0]) [node, depth] = [node.content[0], depth + 1];
      expect(node).toEqual(text('bottom'));
      expect(depth).toBeLessThanOrEqual(MAX_NOTE_DEPTH);
      expect(normalizeNoteDoc(clean).problems).toEqual([]);
    }
  });

  it('bounds the number of parts and the length', () => {
    const many = {
      type: 'doc',
      content: Array.from({ length: 200_001 }, () => ({ type: 'horizontalRule' })),
    };
    expect(normalizeNoteDoc(many).problems[0]).toMatch(/more than 200,000 parts/);
    expect(normalizeNoteDoc(doc(para(text('x'.repeat(4_000_001))))).problems[0]).toMatch(/longer than/);
  });

  it('is the gate of the contract (refuses) and of stored notes (cleans)', () => {
    const deep = nested(1_000);
    const refused = noteDocSchema.safeParse(deep);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      'the note cannot be kept: it is nested more than 64 levels deep',
    );
    const stored = noteBodySchema.parse({
      version: 1,
      noteId: 'n',
      savedAt: '2024-01-01T00:00:00.000Z',
      doc: deep,
    });
    expect(normalizeNoteDoc(stored.doc).problems).toEqual([]);
  });
});

describe('isAllowedLinkHref', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org/a?b', true],
    ['mailto:desk@example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['file:///c:/x', false],
    ['vbscript:x', false],
    ['/relative', false],
    ['https://', false],
    ['x'.repeat(3000), false],
    [42, false],
  ])('%s → %s', (href, ok) => expect(isAllowedLinkHref(href)).toBe(ok));
});
