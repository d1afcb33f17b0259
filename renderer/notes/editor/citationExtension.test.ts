// @vitest-environment jsdom
import { Editor, generateHTML, generateJSON, getSchema, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CitationInfo } from '../../../shared/contract/results';
import { citationKey, type CitationTarget } from '../../../shared/notes/collectCitations';
import { Fragment, Slice } from '@tiptap/pm/model';
import { CITATION_DRAG_MIME, setCitationDragData } from './citationDrag';
import { citationGeneration, cleanFragment, touchesCitations } from './citationPlugin';
import { noteExtensions } from './noteExtensions';
import { createSuggestionStore } from './suggestionStore';

const S1 = '01900000-0000-7000-8000-000000000001';
const S2 = '01900000-0000-7000-8000-000000000002';
const H1 = '01900000-0000-7000-8000-0000000000a1';
const H2 = '01900000-0000-7000-8000-0000000000a2';

const cite = (
  sourceId: string,
  highlightId: string | null = null,
  locator: string | null = null,
): JSONContent => ({
  type: 'citation',
  attrs: { sourceId, highlightId, locator },
});
const text = (t: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

const richDoc = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Findings')] },
  p(
    text('The minister said '),
    text('“'),
    text('we will build it', [{ type: 'sourceQuote', attrs: { highlightId: H1, sourceId: S1 } }]),
    text('” '),
    cite(S1, H1),
    text(' and '),
    text('a link', [
      {
        type: 'link',
        attrs: {
          href: 'https://example.org/a',
          target: '_blank',
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
    ]),
    text(' then '),
    cite(S2, null, 'p. 4'),
    text('.'),
  ),
  { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('again '), cite(S1, H1))] }] },
  { type: 'blockquote', content: [p(text('quoted', [{ type: 'bold' }, { type: 'italic' }]))] },
);

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});

function makeEditor(content: JSONContent, resolve?: (t: CitationTarget) => CitationInfo | undefined): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: noteExtensions({ citation: resolve ? { resolve } : {} }),
    content,
    injectCSS: false,
  });
  editors.push(editor);
  return editor;
}

const labels = (editor: Editor): string[] =>
  [...editor.view.dom.querySelectorAll('cite')].map((c) => c.textContent ?? '');
const citationsIn = (json: JSONContent): unknown[] => {
  const found: unknown[] = [];
  const walk = (n: JSONContent) => {
    if (n.type === 'citation') found.push(n.attrs);
    n.content?.forEach(walk);
  };
  walk(json);
  return found;
};

describe('citation node: HTML round trip with the real schema', () => {
  const extensions = noteExtensions();
  const schema = getSchema(extensions);

  it('JSON → HTML → JSON keeps citations, quotations, links and formatting', () => {
    const html = generateHTML(richDoc, extensions);
    expect(html).toContain('<cite class="citation" data-citation="" data-source-id="' + S1);
    expect(html).toContain('data-locator="p. 4"');
    expect(generateJSON(html, extensions)).toEqual(schema.nodeFromJSON(richDoc).toJSON());
  });

  it('parses span[data-citation] too, normalising ids', () => {
    const json = generateJSON(
      `<p>x <span data-citation data-source-id="${S1.toUpperCase()}" data-highlight-id="${H1}">[9]</span></p>`,
      extensions,
    );
    expect(citationsIn(json)).toEqual([{ sourceId: S1, highlightId: H1, locator: null }]);
    expect(JSON.stringify(json)).not.toContain('[9]');
  });

  it.each([
    ['no source', `<cite data-citation data-highlight-id="${H1}">[1]</cite>`],
    ['source not an id', `<cite data-citation data-source-id="../etc/passwd">[1]</cite>`],
    [
      'highlight not an id',
      `<cite data-citation data-source-id="${S1}" data-highlight-id="javascript:alert(1)">[1]</cite>`,
    ],
    [
      'locator too long',
      `<cite data-citation data-source-id="${S1}" data-locator="${'x'.repeat(201)}">[1]</cite>`,
    ],
    ['smuggled attribute', `<span data-citation sourceid="${S1}">[1]</span>`],
  ])('drops an invalid citation at parse (%s), leaving no stray text', (_why, html) => {
    const json = generateJSON(`<p>before ${html} after</p>`, extensions);
    expect(citationsIn(json)).toEqual([]);
    expect(JSON.stringify(json)).not.toContain('[1]');
    expect(JSON.stringify(json)).toContain('before');
  });

  it('drops a quotation mark with a bad highlight id but keeps its words', () => {
    const json = generateJSON(
      '<p><span data-source-quote data-highlight-id="bad">kept words</span></p>',
      extensions,
    );
    expect(JSON.stringify(json)).toContain('kept words');
    expect(JSON.stringify(json)).not.toContain('sourceQuote');
  });

  it('links keep only http(s) addresses', () => {
    const json = generateJSON(
      '<p><a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a></p>',
      extensions,
    );
    const s = JSON.stringify(json);
    expect(s).not.toContain('javascript:');
    expect(s).toContain('https://ok.example/');
  });
});

describe('citation commands', () => {
  it('insertCitation inserts a valid citation and refuses bad input without throwing', () => {
    const editor = makeEditor(doc(p(text('Claim '))));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertCitation({ sourceId: 'not-an-id' })).toBe(false);
    expect(editor.commands.insertCitation({ sourceId: S1, highlightId: 'nope' })).toBe(false);
    expect(editor.commands.insertCitation({ sourceId: S1, locator: 'a\u0000b' })).toBe(false);
    expect(editor.commands.insertCitation(null as never)).toBe(false);
    expect(citationsIn(editor.getJSON())).toEqual([]);
    expect(editor.commands.insertCitation({ sourceId: S1, highlightId: H1 })).toBe(true);
    expect(citationsIn(editor.getJSON())).toEqual([{ sourceId: S1, highlightId: H1, locator: null }]);
  });

  it('insertQuotation inserts the exact words as a marked quotation followed by the citation', () => {
    const editor = makeEditor(doc(p(text('She said '))));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertQuotation({ sourceId: S1, highlightId: H1, quote: '  ' })).toBe(false);
    expect(editor.commands.insertQuotation({ sourceId: S1, highlightId: 'x', quote: 'words' })).toBe(false);
    expect(
      editor.commands.insertQuotation({ sourceId: S1, highlightId: H1, quote: 'the plan\nis  late' }),
    ).toBe(true);
    const para = editor.getJSON().content?.[0];
    expect(para?.content).toEqual([
      text('She said “'),
      text('the plan is late', [{ type: 'sourceQuote', attrs: { highlightId: H1, sourceId: S1 } }]),
      text('” '),
      cite(S1, H1),
    ]);
  });

  it('paste keeps valid citations and drops invalid ones', () => {
    const editor = makeEditor(doc(p(text('x'))));
    editor.commands.setTextSelection(2);
    // jsdom has no ClipboardEvent; ProseMirror only needs an event object to hand around.
    editor.view.pasteHTML(
      `<p>A <cite data-citation data-source-id="${S2}">[1]</cite> B <cite data-citation data-source-id="evil">[2]</cite> C</p>`,
      Object.assign(new Event('paste'), { clipboardData: null }),
    );
    expect(citationsIn(editor.getJSON())).toEqual([{ sourceId: S2, highlightId: null, locator: null }]);
    expect(editor.getText()).not.toContain('[2]');
  });

  it('the paste transform drops citation nodes whose attributes fail the validator', () => {
    const schema = getSchema(noteExtensions());
    const bad = schema.nodes.citation!.create({ sourceId: 'evil', highlightId: null, locator: null });
    const good = schema.nodes.citation!.create({
      sourceId: S1.toUpperCase(),
      highlightId: null,
      locator: ' p. 2 ',
    });
    const badQuote = schema.marks.sourceQuote!.create({ highlightId: 'nope', sourceId: null });
    const para = schema.nodes.paragraph!.create(null, [
      schema.text('a'),
      bad,
      good,
      schema.text('q', [badQuote]),
    ]);
    const cleaned = cleanFragment(Fragment.from(para));
    expect(cleaned.toJSON()).toEqual([
      { type: 'paragraph', content: [text('a'), cite(S1, null, 'p. 2'), text('q')] },
    ]);
  });

  it('copying yields HTML that pastes back as the same citation, numbered as on screen', () => {
    const editor = makeEditor(richDoc);
    const html = editor.getHTML();
    expect(html).toMatch(
      /<cite[^>]*data-source-id="01900000-0000-7000-8000-000000000002"[^>]*>\[2\]<\/cite>/,
    );
    const again = makeEditor(doc(p()));
    again.commands.setContent(html);
    expect(citationsIn(again.getJSON())).toEqual(citationsIn(richDoc));
  });
});

describe('citation numbering and state on screen', () => {
  it('typing away from citations only maps their numbers; inserting one renumbers', () => {
    const editor = makeEditor(
      doc(p(text('Start '), cite(S1, H1), text(' middle '), cite(S2, H2), text(' end'))),
    );
    expect(labels(editor)).toEqual(['[1]', '[2]']);
    let touched: boolean[] = [];
    editor.on('transaction', ({ transaction }) => touched.push(touchesCitations(transaction)));
    editor.commands.insertContentAt(1, 'New words ');
    expect(touched).toEqual([false]);
    expect(labels(editor)).toEqual(['[1]', '[2]']);
    touched = [];
    editor.commands.insertContentAt(1, cite(S2, H2));
    expect(touched).toEqual([true]);
    expect(labels(editor)).toEqual(['[1]', '[2]', '[1]']);
  });

  it('counts typing inside a quotation as a change to it (its words are checked against the source)', () => {
    const quoted = text('quoted words', [{ type: 'sourceQuote', attrs: { highlightId: H2, sourceId: S2 } }]);
    const editor = makeEditor(doc(p(text('ab '), quoted, text(' after'))));
    const before = citationGeneration(editor.state);
    editor.commands.insertContentAt(8, 'X');
    expect(JSON.stringify(editor.getJSON())).toContain('quotXed words');
    expect(citationGeneration(editor.state)).toBe(before + 1);
  });

  it('counts a generation for each change to citations or quotations, and none for plain typing', () => {
    const editor = makeEditor(richDoc);
    const generation = () => citationGeneration(editor.state);
    expect(generation()).toBe(0);
    editor.commands.insertContentAt(1, 'New words ');
    editor.commands.refreshCitations();
    expect(generation()).toBe(0);
    editor.commands.insertContentAt(1, cite(S2, H2));
    expect(generation()).toBe(1);
    editor.commands.insertContentAt(
      1,
      text('said', [{ type: 'sourceQuote', attrs: { highlightId: H2, sourceId: S2 } }]),
    );
    expect(generation()).toBe(2);
    editor.commands.undo();
    expect(generation()).toBe(3);
    // Deleting the whole paragraph that holds citations is a change to them too.
    const before = generation();
    editor.commands.setContent(doc(p(text('only words'))));
    expect(generation()).toBe(before + 1);
    editor.commands.insertContentAt(1, 'more ');
    expect(generation()).toBe(before + 1);
  });

  it('numbers in order of appearance and a repeated target keeps its number', () => {
    const editor = makeEditor(richDoc);
    expect(labels(editor)).toEqual(['[1]', '[2]', '[1]']);
    editor.commands.setTextSelection(1);
    editor.commands.insertCitation({ sourceId: S2, highlightId: H2 });
    expect(labels(editor)).toEqual(['[1]', '[2]', '[3]', '[2]']);
  });

  it('marks a broken citation visibly and explains why on hover', () => {
    const infos = new Map<string, CitationInfo>();
    const editor = makeEditor(richDoc, (t) => infos.get(citationKey(t)));
    expect(labels(editor)).toEqual(['[1]', '[2]', '[1]']);
    infos.set(citationKey({ sourceId: S1, highlightId: H1, locator: null }), {
      sourceId: S1,
      highlightId: H1,
      locator: null,
      resolved: false,
      quote: null,
      sourceTitle: null,
      site: null,
      authors: [],
      publishedAt: null,
      url: null,
    });
    infos.set(citationKey({ sourceId: S2, highlightId: null, locator: 'p. 4' }), {
      sourceId: S2,
      highlightId: null,
      locator: 'p. 4',
      resolved: true,
      quote: null,
      sourceTitle: 'Budget report',
      site: 'Gazette',
      authors: [],
      publishedAt: '2024-03-01',
      url: null,
    });
    editor.commands.refreshCitations();
    expect(labels(editor)).toEqual(['[1?]', '[2]', '[1?]']);
    const first = editor.view.dom.querySelector('cite') as HTMLElement;
    expect(first.className).toContain('citation-broken');
    expect(first.title).toBe('The cited highlight was deleted');
    const second = editor.view.dom.querySelectorAll('cite')[1] as HTMLElement;
    expect(second.title).toBe('Budget report · Gazette · 2024-03-01 · p. 4');
  });

  it('flags a quotation that no longer matches its highlight', () => {
    const info: CitationInfo = {
      sourceId: S1,
      highlightId: H1,
      locator: null,
      resolved: true,
      quote: 'we shall build it',
      sourceTitle: 'T',
      site: null,
      authors: [],
      publishedAt: null,
      url: null,
    };
    const editor = makeEditor(richDoc, (t) => (t.highlightId === H1 ? info : undefined));
    expect(editor.view.dom.querySelector('.quote-mismatch')).not.toBeNull();
    info.quote = 'We will  build it'; // a capital on the first word and spacing are not changes
    editor.commands.refreshCitations();
    expect(editor.view.dom.querySelector('.quote-mismatch')).toBeNull();
    const start = editor.getText().indexOf('we will');
    expect(start).toBeGreaterThan(0);
    // Edit inside the quotation: "we will build it" -> "we will not build it".
    let at = -1;
    editor.state.doc.descendants((n, pos) => {
      if (n.isText && n.text?.includes('we will build')) at = pos + n.text.indexOf('build');
    });
    editor.commands.insertContentAt(at, 'not ');
    const flagged = editor.view.dom.querySelector('.quote-mismatch') as HTMLElement;
    expect(flagged.textContent).toBe('we will not build it');
    expect(flagged.title).toBe('This quotation no longer matches the source');
  });

  it('calls onOpen with the target when a citation is clicked', () => {
    const opened: CitationTarget[] = [];
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: noteExtensions({ citation: { onOpen: (t) => opened.push(t) } }),
      content: richDoc,
      injectCSS: false,
    });
    editors.push(editor);
    let pos = -1;
    editor.state.doc.descendants((n, at) => {
      if (pos < 0 && n.type.name === 'citation') pos = at;
    });
    const node = editor.state.doc.nodeAt(pos);
    const handled = editor.view.someProp('handleClickOn', (f) =>
      f(editor.view, pos, node!, pos, new MouseEvent('click', { button: 0 }), true),
    );
    expect(handled).toBe(true);
    expect(opened).toEqual([{ sourceId: S1, highlightId: H1, locator: null }]);

    // Keyboard: Enter on a selected citation opens it instead of replacing it.
    editor.commands.setNodeSelection(pos);
    const enter = new KeyboardEvent('keydown', { key: 'Enter' });
    expect(editor.view.someProp('handleKeyDown', (f) => f(editor.view, enter))).toBe(true);
    expect(opened).toHaveLength(2);
    expect(labels(editor)).toEqual(['[1]', '[2]', '[1]']);
  });
});

describe('inserting citations by typing and by dropping', () => {
  it('typing [[ opens the picker fed by search; Enter cites, the typed query goes away', async () => {
    const store = createSuggestionStore();
    const queries: string[] = [];
    const hit = {
      kind: 'highlight' as const,
      highlightId: H2,
      sourceId: S2,
      sourceTitle: 'Town paper',
      quote: 'short',
    };
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: noteExtensions({
        suggestion: {
          store,
          search: (q) => {
            queries.push(q);
            return Promise.resolve([hit]);
          },
        },
      }),
      content: doc(p(text('Budget '))),
      injectCSS: false,
    });
    editors.push(editor);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent('[[town pa');
    await vi.waitFor(() => expect(store.get().items).toEqual([hit]));
    expect(store.get().open).toBe(true);
    expect(queries.at(-1)).toBe('town pa');
    const enter = new KeyboardEvent('keydown', { key: 'Enter' });
    expect(editor.view.someProp('handleKeyDown', (f) => f(editor.view, enter))).toBe(true);
    expect(editor.getJSON().content?.[0]?.content).toEqual([text('Budget '), cite(S2, H2)]);
    expect(store.get().open).toBe(false);
  });

  it('@ opens the picker too; Shift+Enter on a highlight inserts it as a quotation', async () => {
    const store = createSuggestionStore();
    const hit = {
      kind: 'highlight' as const,
      highlightId: H1,
      sourceId: S1,
      sourceTitle: 'T',
      quote: 'exact words',
    };
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: noteExtensions({ suggestion: { store, search: () => Promise.resolve([hit]) } }),
      content: doc(p(text('As reported '))),
      injectCSS: false,
    });
    editors.push(editor);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent('@exact');
    await vi.waitFor(() => expect(store.get().items).toHaveLength(1));
    const shiftEnter = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true });
    editor.view.someProp('handleKeyDown', (f) => f(editor.view, shiftEnter));
    expect(editor.getText()).toBe('As reported “exact words” [1]');
  });

  it('accepts a dropped highlight carrying our type, as a quotation followed by its citation', () => {
    const editor = makeEditor(doc(p(text('Drop here: '))));
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'none',
    } as unknown as DataTransfer;
    setCitationDragData(dataTransfer, { sourceId: S1, highlightId: H1, quote: 'dropped words' });
    expect(data.get('text/plain')).toBe('dropped words');
    editor.view.posAtCoords = () => ({ pos: editor.state.doc.content.size - 1, inside: -1 });
    const drop = Object.assign(new Event('drop'), { dataTransfer, clientX: 1, clientY: 1, altKey: false });
    const handled = editor.view.someProp('handleDrop', (f) =>
      f(editor.view, drop as DragEvent, Slice.empty, false),
    );
    expect(handled).toBe(true);
    expect(editor.getText()).toBe('Drop here: “dropped words” [1]');

    data.set(CITATION_DRAG_MIME, JSON.stringify({ sourceId: 'bad', highlightId: null, quote: 'x' }));
    expect(
      editor.view.someProp('handleDrop', (f) => f(editor.view, drop as DragEvent, Slice.empty, false)),
    ).toBeFalsy();
  });
});
