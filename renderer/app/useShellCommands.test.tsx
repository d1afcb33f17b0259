// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../shared/contract';
import type { Api } from '../../shared/contract/contract';
import { runCommand, runnableCommands } from '../commands/commandBus';
import { mayChangeIn } from '../sync/SyncStatusContext';
import { ApiContext } from '../transport/ApiContext';
import { useShellCommands } from './useShellCommands';

// React's act() needs to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const shared = (role: 'editor' | 'reviewer'): SyncStatus => ({
  shared: true,
  server: 'http://127.0.0.1:1',
  member: 'ann',
  role,
  state: 'connected',
  waiting: 0,
  refused: 0,
  others: [],
  revision: 0,
  lastError: null,
  lastExchangeAt: null,
});

describe('mayChangeIn (the rule the server enforces, asked by the shell)', () => {
  const cases: Array<[string, SyncStatus | null, boolean]> = [
    ['status not known yet', null, true],
    ['not shared', { shared: false }, true],
    ['editor', shared('editor'), true],
    ['reviewer', shared('reviewer'), false],
  ];
  it.each(cases)('%s → may write notes: %s', (_name, status, expected) =>
    expect(mayChangeIn(status, 'note')).toBe(expected),
  );
  it('a reviewer may still reply', () => expect(mayChangeIn(shared('reviewer'), 'replies')).toBe(true));
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

function Shell({ mayCreateNote }: { mayCreateNote: boolean }) {
  const none = () => undefined;
  useShellCommands(
    { openFilePicker: none, showPaste: none, openFolderPicker: none, showWebAddress: none },
    mayCreateNote,
  );
  return null;
}

async function mount(status: SyncStatus | null) {
  const createNote = vi.fn(() => new Promise(() => undefined));
  const api = { createNote } as unknown as Api;
  root = createRoot(document.createElement('div'));
  await act(() => {
    const shell = createElement(Shell, { mayCreateNote: mayChangeIn(status, 'note') });
    root?.render(createElement(ApiContext, { value: api }, shell));
    return Promise.resolve();
  });
  return createNote;
}

describe('New note from the shell (the n key and the palette)', () => {
  it('is not offered to a reviewer and never asks for a note', async () => {
    const createNote = await mount(shared('reviewer'));
    expect(runnableCommands().map((c) => c.id)).not.toContain('note.new');
    expect(runCommand('note.new')).toBe(false);
    expect(createNote).not.toHaveBeenCalled();
  });

  const writers: Array<[string, SyncStatus]> = [
    ['an editor', shared('editor')],
    ['an unshared notebook', { shared: false }],
  ];
  it.each(writers)('creates the note for %s', async (_name, status) => {
    const createNote = await mount(status);
    expect(runnableCommands().map((c) => c.id)).toContain('note.new');
    expect(runCommand('note.new')).toBe(true);
    expect(createNote).toHaveBeenCalledWith({ title: '' });
  });
});
