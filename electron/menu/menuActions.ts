import { basename } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { toErrorShape } from '../../shared/errors';
import type { NotebookInfo } from '../../shared/contract/results';
import type { AppEvent } from './appEvents';
import type { MenuActions } from './menuTemplate';

/** File kinds offered by File > Import…; "All files" stays so the importer can explain a refusal itself. */
export const importFilters: NonNullable<OpenDialogOptions['filters']> = [
  { name: 'Articles and documents', extensions: ['html', 'htm', 'txt', 'md', 'pdf', 'docx'] },
  { name: 'All files', extensions: ['*'] },
];

type ShowOpenDialog = MenuDeps['showOpenDialog'];

/** The system picker for a notebook folder (File > Open notebook… and Switch notebook's Choose folder…); null when cancelled. */
export async function pickNotebookFolder(show: ShowOpenDialog): Promise<string | null> {
  const picked = await show({
    title: 'Open notebook folder',
    buttonLabel: 'Open',
    properties: ['openDirectory', 'createDirectory'],
  });
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

/** What `NotebookSession.importPaths` reports per file. */
export interface PathOutcome {
  file: string;
  error?: { message: string };
}

/** The session methods the menu uses. */
export interface MenuSession {
  importPaths(paths: string[]): Promise<PathOutcome[]>;
  openNotebook(path: string): Promise<unknown>;
  handlers: { getNotebookInfo(input: Record<string, never>): Promise<NotebookInfo> };
}

/** Everything the menu actions touch outside themselves, injected so they can be tested without Electron. */
export interface MenuDeps {
  session(): MenuSession;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  send(event: AppEvent): void;
  showError(title: string, message: string): void;
  openFolder(path: string): void;
}

/** Runs one action, turning any failure into a dialog in plain words instead of an unhandled rejection. */
async function guarded(deps: MenuDeps, title: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.showError(title, toErrorShape(error).message);
  }
}

/** The menu's custom actions, bound to a session, the native dialogs and the main window. */
export function createMenuActions(deps: MenuDeps): MenuActions {
  return {
    importFiles: () =>
      guarded(deps, 'Could not import', async () => {
        const picked = await deps.showOpenDialog({
          title: 'Import sources',
          buttonLabel: 'Import',
          properties: ['openFile', 'multiSelections'],
          filters: importFilters,
        });
        if (picked.canceled || picked.filePaths.length === 0) return;
        let outcomes: PathOutcome[];
        try {
          outcomes = await deps.session().importPaths(picked.filePaths);
        } finally {
          // Even a partly failed batch may have added sources, so the library list is refreshed either way.
          deps.send({ type: 'library-changed' });
        }
        const failures = outcomes.filter((o) => o.error !== undefined);
        if (failures.length > 0) {
          const lines = failures.map((o) => `${basename(o.file)}: ${o.error?.message ?? 'unknown problem'}`);
          const imported = outcomes.length - failures.length;
          deps.showError(
            failures.length === 1
              ? 'One file was not imported'
              : `${failures.length} files were not imported`,
            `${imported} of ${outcomes.length} imported.\n\n${lines.join('\n')}`,
          );
        }
      }),
    openNotebook: () =>
      guarded(deps, 'Could not open the notebook', async () => {
        const folder = await pickNotebookFolder((options) => deps.showOpenDialog(options));
        if (folder === null) return;
        await deps.session().openNotebook(folder);
        deps.send({ type: 'notebook-changed' });
        deps.send({ type: 'library-changed' });
      }),
    newNote: () => deps.send({ type: 'new-note' }),
    find: () => deps.send({ type: 'find' }),
    showNotebookFolder: () =>
      guarded(deps, 'Could not show the notebook folder', async () => {
        const info = await deps.session().handlers.getNotebookInfo({});
        deps.openFolder(info.path);
      }),
  };
}
