import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, ipcChannel } from '../shared/contract/callNames';

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const windows: Array<Record<string, unknown>> = [];
  const session = {
    handlers: { getNotebookInfo: vi.fn(() => Promise.resolve({ path: '/nb' })) },
    close: vi.fn(() => Promise.resolve()),
    importPaths: vi.fn(),
    openNotebook: vi.fn(),
  };
  class FakeWindow {
    options: unknown;
    webContents = { send: vi.fn() };
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    on = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    constructor(options: unknown) {
      this.options = options;
      windows.push(this as unknown as Record<string, unknown>);
    }
    static getAllWindows = () => windows;
  }
  return {
    appListeners,
    windows,
    session,
    FakeWindow,
    openSession: vi.fn(() => Promise.resolve(session)),
    warmParsers: vi.fn(),
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => '/home/reporter/.config/Research Notebook'),
      getName: () => 'Research Notebook',
      on: vi.fn((name: string, listener: Listener) => {
        appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
      }),
    },
    ipcHandle: vi.fn(),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
    showErrorBox: vi.fn(),
    setApplicationMenu: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: h.app,
  BrowserWindow: h.FakeWindow,
  dialog: { showErrorBox: h.showErrorBox, showOpenDialog: vi.fn() },
  ipcMain: { handle: h.ipcHandle },
  Menu: { setApplicationMenu: h.setApplicationMenu, buildFromTemplate: (t: unknown) => t },
  protocol: h.protocol,
  session: { defaultSession: h.defaultSession },
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
}));

vi.mock('./session/notebookSession', () => ({
  NotebookSession: { open: h.openSession },
  defaultNotebookDir: (userData: string) => `${userData}/notebooks/default`,
}));

vi.mock('./import/isolated/parserWorker', () => ({ warmParsersAfterOpen: h.warmParsers }));

function emit(name: string, ...args: unknown[]): void {
  for (const listener of h.appListeners.get(name) ?? []) listener(...args);
}

async function startMain(): Promise<void> {
  await import('./main');
}

describe('electron/main', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    h.appListeners.clear();
    h.windows.length = 0;
  });
  afterEach(() => {
    h.app.requestSingleInstanceLock.mockImplementation(() => true);
    h.openSession.mockImplementation(() => Promise.resolve(h.session));
  });

  it('registers the app scheme and enables the sandbox before the app is ready', async () => {
    h.app.whenReady.mockImplementationOnce(() => new Promise(() => undefined));
    await startMain();
    expect(h.app.enableSandbox).toHaveBeenCalledOnce();
    expect(h.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(h.protocol.handle).not.toHaveBeenCalled();
  });

  it('opens the default notebook in userData, wires one IPC handler per call, and opens the window', async () => {
    await startMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    expect(h.openSession).toHaveBeenCalledWith({
      notebookDir: '/home/reporter/.config/Research Notebook/notebooks/default',
      userDataDir: '/home/reporter/.config/Research Notebook',
      // The desktop app keeps a shared notebook in sync while it is open (the CLI and tests do not).
      liveSync: true,
      // Switch notebook's Choose folder… opens the system folder picker.
      chooseFolder: expect.any(Function),
    });
    expect(h.ipcHandle.mock.calls.map((c) => c[0])).toEqual(callNames.map(ipcChannel));
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(h.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(h.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(h.setApplicationMenu).toHaveBeenCalled();
    const window = h.windows[0] as {
      options: { webPreferences: Record<string, unknown> };
      loadURL: Listener;
    };
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(String(window.options.webPreferences['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://research-notebook/index.html');
    // The parser workers start once the notebook is open, so the first import does not wait for one.
    expect(h.warmParsers).toHaveBeenCalledOnce();
    expect(h.openSession.mock.invocationCallOrder[0]).toBeLessThan(
      h.warmParsers.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('IPC handlers refuse frames that are not ours and serve our page', async () => {
    await startMain();
    await vi.waitFor(() => expect(h.ipcHandle).toHaveBeenCalled());
    const [, handler] = h.ipcHandle.mock.calls.find((c) => c[0] === 'rn:getNotebookInfo') as [
      string,
      Listener,
    ];
    await expect(handler({ senderFrame: { url: 'https://evil.example/' } }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(h.session.handlers.getNotebookInfo).not.toHaveBeenCalled();
    await expect(
      handler({ senderFrame: { url: 'app://research-notebook/index.html' } }, {}),
    ).resolves.toEqual({
      ok: true,
      result: { path: '/nb' },
    });
  });

  it('a second launch quits at once and the first one focuses its window', async () => {
    h.app.requestSingleInstanceLock.mockImplementation(() => false);
    await startMain();
    expect(h.app.quit).toHaveBeenCalledOnce();
    expect(h.app.whenReady).not.toHaveBeenCalled();

    vi.resetModules();
    h.app.requestSingleInstanceLock.mockImplementation(() => true);
    await startMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    emit('second-instance');
    expect((h.windows[0] as { focus: Listener }).focus).toHaveBeenCalled();
  });

  it('holds quitting until the notebook is closed', async () => {
    await startMain();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(h.session.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(h.app.quit).toHaveBeenCalledOnce());
    const second = { preventDefault: vi.fn() };
    emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('explains in plain words when the notebook cannot be opened, then exits', async () => {
    h.openSession.mockImplementation(() => Promise.reject(new Error('locked by another window')));
    await startMain();
    await vi.waitFor(() => expect(h.app.exit).toHaveBeenCalledWith(1));
    expect(h.showErrorBox).toHaveBeenCalledWith(
      'Research Notebook could not open your notebook',
      expect.stringContaining('locked by another window'),
    );
    expect(h.windows).toHaveLength(0);
    expect(h.warmParsers).not.toHaveBeenCalled();
  });
});
