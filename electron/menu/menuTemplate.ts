import type { MenuItemConstructorOptions } from 'electron';

/** What the custom menu items do; the roles (copy, quit, …) need nothing from us. */
export interface MenuActions {
  importFiles(): Promise<void> | void;
  openNotebook(): Promise<void> | void;
  newNote(): Promise<void> | void;
  find(): Promise<void> | void;
  showNotebookFolder(): Promise<void> | void;
}

export interface MenuEnv {
  isMac: boolean;
  isDev: boolean;
  appName: string;
}

const sep: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu as plain data, so its items and shortcuts can be checked without Electron. */
// Long because the menu is one declarative table, read best whole.
export function buildMenuTemplate(actions: MenuActions, env: MenuEnv): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions = {
    label: env.appName,
    submenu: [
      { role: 'about' },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: () => void actions.newNote() },
      sep,
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void actions.importFiles() },
      { label: 'Open Notebook…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void actions.openNotebook() },
      sep,
      env.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      sep,
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => void actions.find() },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = env.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Show Notebook Folder', click: () => void actions.showNotebookFolder() },
      ...(env.isMac ? [] : [sep, { role: 'about' } as const]),
    ],
  };
  return [...(env.isMac ? [appMenu] : []), file, edit, view, window, help];
}
