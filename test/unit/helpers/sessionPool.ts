import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { NotebookSession } from '../../../electron/session/notebookSession';

/**
 * Notebooks a test file opens in folders under one temporary directory, all closed (and the
 * directory removed) once at the end, so a failing test cannot leave a session writing.
 */
export function sessionPool(dirOf: () => string) {
  const sessions: NotebookSession[] = [];
  return {
    async open(name: string): Promise<NotebookSession> {
      const session = await NotebookSession.open({ notebookDir: join(dirOf(), name), userDataDir: null });
      sessions.push(session);
      return session;
    },
    /** Closes every session opened here and `others`, then removes the directory. */
    async closeAll(...others: NotebookSession[]): Promise<void> {
      await Promise.all([...others, ...sessions].map((s) => s.close().catch(() => undefined)));
      await rm(dirOf(), { recursive: true, force: true });
    },
  };
}
