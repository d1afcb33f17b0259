import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import type { AppEvent } from './appEvents';
import {
  createMenuActions,
  importFilters,
  pickNotebookFolder,
  type MenuDeps,
  type MenuSession,
  type PathOutcome,
} from './menuActions';

function setup(options: { picked?: string[]; importResult?: PathOutcome[] | Error; openError?: Error } = {}) {
  const sent: AppEvent[] = [];
  const errors: Array<[string, string]> = [];
  const session: MenuSession = {
    importPaths: vi.fn((paths: string[]) =>
      options.importResult instanceof Error
        ? Promise.reject(options.importResult)
        : Promise.resolve(options.importResult ?? paths.map((file) => ({ file }))),
    ),
    openNotebook: vi.fn(() => (options.openError ? Promise.reject(options.openError) : Promise.resolve({}))),
    handlers: {
      getNotebookInfo: vi.fn(() =>
        Promise.resolve({ id: 'n', name: 'N', path: '/notes/n', sourceCount: 0, notices: [], recent: [] }),
      ),
    },
  };
  const deps: MenuDeps = {
    session: () => session,
    showOpenDialog: vi.fn(() =>
      Promise.resolve({ canceled: options.picked === undefined, filePaths: options.picked ?? [] }),
    ),
    send: (event) => sent.push(event),
    showError: (title, message) => errors.push([title, message]),
    openFolder: vi.fn(),
  };
  return { actions: createMenuActions(deps), deps, session, sent, errors };
}

describe('createMenuActions', () => {
  it('Import… asks for several files with filters, imports them and refreshes the library', async () => {
    const t = setup({ picked: ['/a/one.html', '/a/two.pdf'] });
    await t.actions.importFiles();
    expect(t.deps.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'], filters: importFilters }),
    );
    expect(t.session.importPaths).toHaveBeenCalledWith(['/a/one.html', '/a/two.pdf']);
    expect(t.sent).toEqual([{ type: 'library-changed' }]);
    expect(t.errors).toEqual([]);
  });

  it('Import… does nothing when the dialog is cancelled', async () => {
    const t = setup();
    await t.actions.importFiles();
    expect(t.session.importPaths).not.toHaveBeenCalled();
    expect(t.sent).toEqual([]);
  });

  it('Import… names the files that failed, in plain words', async () => {
    const t = setup({
      picked: ['/a/good.html', '/a/bad.xyz'],
      importResult: [
        { file: '/a/good.html' },
        { file: '/a/bad.xyz', error: { message: 'This kind of file is not supported.' } },
      ],
    });
    await t.actions.importFiles();
    expect(t.sent).toEqual([{ type: 'library-changed' }]);
    expect(t.errors).toEqual([
      ['One file was not imported', '1 of 2 imported.\n\nbad.xyz: This kind of file is not supported.'],
    ]);
  });

  it('Import… still refreshes the library when the whole batch throws, and shows the reason', async () => {
    const t = setup({
      picked: ['/a/x.html'],
      importResult: new AppError('NOTEBOOK_LOCKED', 'Another window has this notebook open.'),
    });
    await t.actions.importFiles();
    expect(t.sent).toEqual([{ type: 'library-changed' }]);
    expect(t.errors).toEqual([['Could not import', 'Another window has this notebook open.']]);
  });

  it('Open Notebook… picks a folder, switches to it and tells the page', async () => {
    const t = setup({ picked: ['/notes/other'] });
    await t.actions.openNotebook();
    expect(t.deps.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
    expect(t.session.openNotebook).toHaveBeenCalledWith('/notes/other');
    expect(t.sent).toEqual([{ type: 'notebook-changed' }, { type: 'library-changed' }]);
  });

  it('Open Notebook… reports a failure and leaves the page alone', async () => {
    const t = setup({
      picked: ['/notes/broken'],
      openError: new AppError('NOTEBOOK_DAMAGED', 'That notebook file is damaged.'),
    });
    await t.actions.openNotebook();
    expect(t.sent).toEqual([]);
    expect(t.errors).toEqual([['Could not open the notebook', 'That notebook file is damaged.']]);
  });

  it('New Note and Find are forwarded to the page', async () => {
    const t = setup();
    await t.actions.newNote();
    await t.actions.find();
    expect(t.sent).toEqual([{ type: 'new-note' }, { type: 'find' }]);
  });

  it('Show Notebook Folder opens the current notebook folder', async () => {
    const t = setup();
    await t.actions.showNotebookFolder();
    expect(t.deps.openFolder).toHaveBeenCalledWith('/notes/n');
  });
});

describe('pickNotebookFolder', () => {
  it.each([
    {
      name: 'a chosen folder',
      answer: { canceled: false, filePaths: ['/notes/other'] },
      expected: '/notes/other',
    },
    { name: 'cancelled', answer: { canceled: true, filePaths: [] }, expected: null },
    { name: 'no folder in the answer', answer: { canceled: false, filePaths: [] }, expected: null },
  ])('$name', async ({ answer, expected }) => {
    const show = vi.fn(() => Promise.resolve(answer));
    await expect(pickNotebookFolder(show)).resolves.toBe(expected);
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });
});
