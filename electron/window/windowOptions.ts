import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the renderer's page background so the window does not flash white before first paint. */
export const WINDOW_BACKGROUND = '#f7f5f0';

/**
 * Options for the main window. Security settings are spelled out even where they equal Electron's
 * defaults, so a future default change or a careless edit shows up in the unit test.
 */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Research Notebook',
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off: Chromium's spellchecker downloads Hunspell dictionaries from Google, and everything stays on
      // the reporter's computer. (Bundled dictionaries would need setSpellCheckerDictionaryDownloadURL to a local path.)
      spellcheck: false,
    },
  };
}
