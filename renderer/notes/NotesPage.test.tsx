// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../shared/contract';
import type { Api } from '../../shared/contract/contract';
import type { CitationInfo } from '../../shared/contract/results';
import type { DocNode, NoteMeta } from '../../shared/model/note';
import { SyncStatusContext } from '../sync/SyncStatusContext';
import { ApiContext } from '../transport/ApiContext';
import { lastEditedNoteId, queueCitation } from './lastEditedNote';
import { NotesPage, type NotesPageProps } from './NotesPage';

// React's act() needs to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOTE = '01900000-0000-7000-8000-00000000000a';
const S1 = '01900000-0000-7000-8000-000000000001';
const H1 = '01900000-0000-7000-8000-0000000000a1';
const H_GONE = '01900000-0000-7000-8000-0000000000ff';

type Doc = DocNode & { type: 'doc' };
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cite = (highlightId: string | null): DocNode => ({
  type: 'citation',
  attrs: { sourceId: S1, highlightId, locator: null },
});

/** An in-memory notebook with just the note calls the page uses. */
function fakeApi(initialDoc: Doc) {
  const now = () => new Date().toISOString();
  let meta: NoteMeta = {
    id: NOTE,
    createdAt: now(),
    updatedAt: now(),
    title: 'Council budget',
    trashedAt: null,
    citedHighlightIds: [],
    citedSourceIds: [],
    wordCount: 3,
  };
  const state = {
    doc: initialDoc,
    saves: [] as Array<{ doc: Doc; allowEmpty: boolean }>,
    snapshots: [] as string[],
  };
  const info = (t: {
    sourceId: string;
    highlightId: string | null;
    locator: string | null;
  }): CitationInfo => ({
    ...t,
    resolved: t.highlightId !== H_GONE,
    quote: t.highlightId === H1 ? 'the budget is short' : null,
    sourceTitle: 'Town paper',
    site: 'Gazette',
    authors: ['R. Porter'],
    publishedAt: '2024-03-01',
    url: 'https://example.org/budget',
  });
  const api = {
    listNotes: vi.fn(({ trashed }: { trashed?: boolean }) =>
      Promise.resolve((meta.trashedAt !== null) === Boolean(trashed) ? [meta] : []),
    ),
    createNote: vi.fn(() => Promise.resolve({ ...meta, id: '01900000-0000-7000-8000-00000000000b' })),
    getNote: vi.fn(() => Promise.resolve({ note: meta, doc: state.doc })),
    openNoteReplica: vi.fn(() => Promise.resolve({ shared: false })),
    saveNote: vi.fn(({ doc, allowEmpty }: { doc: Doc; allowEmpty?: boolean }) => {
      state.saves.push({ doc, allowEmpty: allowEmpty ?? false });
      state.doc = doc;
      meta = { ...meta, updatedAt: now() };
      return Promise.resolve(meta);
    }),
    snapshotNote: vi.fn(({ reason }: { reason: string }) => {
      state.snapshots.push(reason);
      return Promise.resolve({ created: true });
    }),
    trashNote: vi.fn(() => {
      meta = { ...meta, trashedAt: now() };
      return Promise.resolve(meta);
    }),
    resolveCitations: vi.fn(({ targets }: { targets: Parameters<typeof info>[0][] }) =>
      Promise.resolve(targets.map(info)),
    ),
    searchCitables: vi.fn(() => Promise.resolve([])),
    listRevisions: vi.fn(() => Promise.resolve([])),
    noteQuoteProblems: vi.fn(() => Promise.resolve([{ noteId: NOTE, quotations: 3, problems: 2 }])),
  };
  return { api: api as unknown as Api, calls: api, state };
}

/** Runs `fn` inside an awaited act(), so React settles effects and state before we look. */
const inAct = (fn: () => void): Promise<void> =>
  act(() => {
    fn();
    return Promise.resolve();
  });

let root: Root | null = null;
let container: HTMLElement;

async function render(api: Api, props: Partial<NotesPageProps> = {}, sync: SyncStatus | null = null) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const full: NotesPageProps = {
    noteId: NOTE,
    onOpenNote: () => undefined,
    onOpenCitation: () => undefined,
    ...props,
  };
  await inAct(() => {
    const page = createElement(SyncStatusContext, { value: sync }, createElement(NotesPage, full));
    root?.render(createElement(ApiContext, { value: api }, page));
  });
}

/**
 * Polls until `check` stops throwing (React effects and the 700 ms autosave run on real timers). The
 * deadline only ends a wait for something that never comes: on a busy machine a real 700 ms timer and
 * the renders around it can take seconds, so it is far above that, and below the test's own timeout.
 */
async function waitFor(check: () => void, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise((r) => setTimeout(r, 20)));
    }
  }
}

const editorOf = (): Editor => {
  const dom = container.querySelector<HTMLElement & { editor?: Editor }>('.ProseMirror');
  if (!dom?.editor) throw new Error('no editor yet');
  return dom.editor;
};
const labels = () => [...container.querySelectorAll('.ProseMirror cite')].map((c) => c.textContent);

beforeEach(() => {
  document.body.innerHTML = '';
  // jsdom does no layout; ProseMirror asks for rectangles when it scrolls the caret into view.
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= rects;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});
afterEach(async () => {
  await inAct(() => root?.unmount());
  root = null;
});

describe('NotesPage', () => {
  it('shows the note with numbered citations, a broken one marked, and the references list', async () => {
    const { api } = fakeApi({
      type: 'doc',
      content: [para({ type: 'text', text: 'Short ' }, cite(H1), cite(H_GONE), cite(H1))],
    });
    await render(api);
    await waitFor(() => expect(labels()).toEqual(['[1]', '[2?]', '[1]']));
    const broken = container.querySelectorAll('.ProseMirror cite')[1] as HTMLElement;
    expect(broken.className).toContain('citation-broken');
    expect(broken.title).toBe('The cited highlight was deleted');
    const refs = [...container.querySelectorAll('.reference')].map((li) => li.textContent);
    expect(refs[0]).toContain('[1] R. Porter, Town paper, Gazette');
    expect(refs[1]).toBe('[2] The cited highlight was deleted');
    expect(container.querySelector('.note-item__title')?.textContent).toBe('Council budget');
    await waitFor(() =>
      expect(container.querySelector('.note-item__quotes')?.textContent).toBe('2 quote problems'),
    );
  });

  it('autosaves after typing stops, says Saved, and remembers the note for the Cite button', async () => {
    const { api, state } = fakeApi({ type: 'doc', content: [para({ type: 'text', text: 'Draft' })] });
    await render(api);
    await waitFor(() => editorOf());
    await inAct(() => {
      editorOf().chain().focus('end').insertContent(' more words').run();
    });
    expect(container.querySelector('[data-save-state]')?.textContent).toBe('Saving…');
    await waitFor(() => expect(state.saves).toHaveLength(1));
    expect(state.saves[0]?.allowEmpty).toBe(false);
    expect(JSON.stringify(state.saves[0]?.doc)).toContain('Draft more words');
    await waitFor(() => expect(container.querySelector('[data-save-state]')?.textContent).toBe('Saved'));
    expect(lastEditedNoteId()).toBe(NOTE);
  });

  it('allows an empty save only when the reporter clears the note, and snapshots on close', async () => {
    const { api, state } = fakeApi({ type: 'doc', content: [para({ type: 'text', text: 'Something' })] });
    await render(api);
    await waitFor(() => editorOf());
    await inAct(() => {
      editorOf().chain().selectAll().deleteSelection().run();
    });
    await waitFor(() => expect(state.saves).toHaveLength(1));
    expect(state.saves[0]?.allowEmpty).toBe(true);
    await inAct(() => root?.unmount());
    root = null;
    await waitFor(() => expect(state.snapshots).toContain('close'));
  });

  it('inserts a citation queued by the reader when the note opens, and saves it', async () => {
    const { api, state } = fakeApi({ type: 'doc', content: [para({ type: 'text', text: 'Intro' })] });
    expect(
      queueCitation({ sourceId: S1, highlightId: H1, quote: 'the budget is short', asQuotation: true }, NOTE),
    ).toBe(NOTE);
    expect(queueCitation({ sourceId: 'bad', highlightId: null }, NOTE)).toBeNull();
    await render(api);
    await waitFor(() => expect(labels()).toEqual(['[1]']));
    expect(editorOf().getText()).toContain('“the budget is short”');
    await waitFor(() => expect(state.saves.length).toBeGreaterThan(0));
    expect(JSON.stringify(state.saves.at(-1)?.doc)).toContain('sourceQuote');
  });

  it('opens a new note after creating it and calls onOpenCitation on a citation click', async () => {
    const opened: string[] = [];
    const cited: unknown[] = [];
    const { api } = fakeApi({ type: 'doc', content: [para(cite(H1))] });
    await render(api, { onOpenNote: (id) => opened.push(id), onOpenCitation: (t) => cited.push(t) });
    await waitFor(() => expect(labels()).toEqual(['[1]']));
    await inAct(() => {
      (container.querySelector('.notes-list__head .button--primary') as HTMLButtonElement).click();
    });
    await waitFor(() => expect(opened).toEqual(['01900000-0000-7000-8000-00000000000b']));
    await inAct(() => {
      (container.querySelector('.reference__open') as HTMLButtonElement).click();
    });
    expect(cited).toEqual([{ sourceId: S1, highlightId: H1, locator: null }]);
  });
  it('is read-only for a reviewer of a shared notebook, and says why', async () => {
    const { api, state } = fakeApi({ type: 'doc', content: [para({ type: 'text', text: 'Draft' })] });
    const reviewer: SyncStatus = {
      shared: true,
      server: 'http://127.0.0.1:1',
      member: 'Rita',
      role: 'reviewer',
      state: 'connected',
      waiting: 0,
      refused: 0,
      others: [],
      revision: 0,
      lastError: null,
      lastExchangeAt: null,
    };
    await render(api, {}, reviewer);
    await waitFor(() => expect(editorOf().isEditable).toBe(false));
    const text = container.querySelector('[aria-label="Note text"]');
    expect(text?.getAttribute('contenteditable')).toBe('false');
    expect(text?.getAttribute('aria-readonly')).toBe('true');
    const said = [...container.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ');
    expect(said).toContain('as a reviewer');
    expect(container.querySelector('.note-toolbar, [role="toolbar"]')).toBeNull();
    // Nor new, renamed or deleted notes: the server refuses those from a reviewer too.
    await waitFor(() => expect(container.querySelector('.note-item')).not.toBeNull());
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).not.toContain('New note');
    expect(buttons).not.toContain('Rename');
    expect(buttons).not.toContain('Delete');
    expect(state.saves).toHaveLength(0);
  });
});
