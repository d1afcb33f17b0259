import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user-data folder outside Electron (web host, CLI), matching what
 * Electron's app.getPath('userData') gives for this product name.
 */
export function userDataDirOutsideElectron(): string {
  const name = 'Research Notebook';
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}
