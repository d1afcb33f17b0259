import { BrowserWindow } from 'electron';
import { createWindowOptions } from './windowOptions';

/** Opens the main window on `url`, shown only once painted so there is no blank flash. */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    // Only a broken build lands here; the window stays open so the reporter sees something is wrong.
    console.error('Research Notebook could not load its window:', error);
  });
  return window;
}
