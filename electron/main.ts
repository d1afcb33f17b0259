// The Electron entry point. Kept thin: every decision lives in a tested module it wires together.
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { callNames, ipcChannel } from '../shared/contract/callNames';
import { AppError, toErrorShape } from '../shared/errors';
import { APP_EVENT_CHANNEL, type AppEvent } from './menu/appEvents';
import { createMenuActions, pickNotebookFolder, type MenuDeps } from './menu/menuActions';
import { buildMenuTemplate } from './menu/menuTemplate';
import { APP_ENTRY_URL, APP_SCHEME, appSchemePrivileges } from './protocol/appOrigin';
import { createAppProtocolHandler } from './protocol/appProtocolHandler';
import { hardenSession, hardenWebContents } from './security/hardenWebContents';
import { createIpcHandler } from './security/ipcGuard';
import { isSafeExternalUrl } from './security/externalUrl';
import { trustedOrigins } from './security/trustedOrigins';
import { warmParsersAfterOpen } from './import/isolated/parserWorker';
import { defaultNotebookDir, NotebookSession } from './session/notebookSession';
import { createMainWindow } from './window/createMainWindow';
import { focusWindow } from './window/focusWindow';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl, app.isPackaged);
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let notebook: NotebookSession | null = null;
let closing = false;

// Both must happen before `ready`.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function send(event: AppEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(APP_EVENT_CHANNEL, event);
}

function currentSession(): NotebookSession {
  if (!notebook) throw new AppError('IO_ERROR', 'The notebook is closing, so nothing more can be changed.');
  return notebook;
}

const showOpenDialog: MenuDeps['showOpenDialog'] = (options) =>
  mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);

function openWindow(): void {
  mainWindow = createMainWindow(preloadPath, devServerUrl ?? APP_ENTRY_URL);
  mainWindow.on('closed', () => (mainWindow = null));
}

async function start(): Promise<void> {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins, openExternal));
  await app.whenReady();
  hardenSession(session.defaultSession, devServerUrl === undefined);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const userData = app.getPath('userData');
  try {
    notebook = await NotebookSession.open({
      liveSync: true,
      chooseFolder: () => pickNotebookFolder(showOpenDialog),
      notebookDir: defaultNotebookDir(userData),
      userDataDir: userData,
    });
  } catch (error) {
    dialog.showErrorBox('Research Notebook could not open your notebook', toErrorShape(error).message);
    app.exit(1);
    return;
  }

  for (const name of callNames) {
    ipcMain.handle(
      ipcChannel(name),
      createIpcHandler(name, () => currentSession().handlers, origins),
    );
  }

  const actions = createMenuActions({
    session: currentSession,
    showOpenDialog,
    send,
    showError: (title, message) => dialog.showErrorBox(title, message),
    openFolder: (path) => void shell.openPath(path),
  });
  const env = {
    isMac: process.platform === 'darwin',
    isDev: devServerUrl !== undefined,
    appName: app.getName(),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, env)));

  openWindow();
  warmParsersAfterOpen();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // One process per notebook: a second launch hands over to the first and leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (closing || !notebook) return;
    // Hold the quit until pending writes are flushed and the lock is released.
    event.preventDefault();
    closing = true;
    const open = notebook;
    notebook = null;
    void open
      .close()
      .catch((error: unknown) => console.error('Closing the notebook failed:', error))
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Research Notebook could not start', toErrorShape(error).message);
    app.exit(1);
  });
}
