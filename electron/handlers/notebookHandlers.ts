import type { HandlersOf, NotebookInfo } from '../../shared/contract';

/** What the notebook calls need from the session: which notebook is open, and switching it. */
export interface NotebookControl {
  info(): Promise<NotebookInfo>;
  openNotebook(path: string): Promise<NotebookInfo>;
  createNotebook(path: string, name: string): Promise<NotebookInfo>;
}

export function notebookHandlers(
  control: NotebookControl,
): HandlersOf<'getNotebookInfo' | 'openNotebook' | 'createNotebook'> {
  return {
    getNotebookInfo: () => control.info(),
    openNotebook: ({ path }) => control.openNotebook(path),
    createNotebook: ({ path, name }) => control.createNotebook(path, name),
  };
}
