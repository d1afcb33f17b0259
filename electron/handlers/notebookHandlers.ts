import type { HandlersOf, NotebookInfo } from '../../shared/contract';

/** What the notebook calls need from the session: which notebook is open, and switching it. */
export interface NotebookControl {
  info(): Promise<NotebookInfo>;
  openNotebook(path: string): Promise<NotebookInfo>;
  createNotebook(path: string, name: string): Promise<NotebookInfo>;
  /** The system folder picker's answer (null: cancelled); refused where the host has none. */
  chooseFolder(): Promise<string | null>;
}

export function notebookHandlers(
  control: NotebookControl,
): HandlersOf<'getNotebookInfo' | 'openNotebook' | 'createNotebook' | 'chooseNotebookFolder'> {
  return {
    getNotebookInfo: () => control.info(),
    openNotebook: ({ path }) => control.openNotebook(path),
    createNotebook: ({ path, name }) => control.createNotebook(path, name),
    chooseNotebookFolder: async () => ({ path: await control.chooseFolder() }),
  };
}
