/*
 * One racer of the stale-lock race (see lockRace.test.ts and scripts/lockRace.ts): a long-lived process
 * that, for each line "<dir>" on stdin, tries to take the notebook lock in that folder and answers one JSON
 * line. Won locks are kept until the process ends, so a later racer must see a live holder.
 */
import { createInterface } from 'node:readline';
import { NotebookLock } from '../../../electron/store/notebookLock';

const held: NotebookLock[] = [];
const lines = createInterface({ input: process.stdin });
lines.on('line', (dir) => {
  NotebookLock.acquire(dir).then(
    (lock) => {
      held.push(lock);
      process.stdout.write(`${JSON.stringify({ pid: process.pid, dir, held: true })}\n`);
    },
    (error: { code?: string; message?: string }) => {
      process.stdout.write(`${JSON.stringify({ pid: process.pid, dir, held: false, code: error.code })}\n`);
    },
  );
});
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
