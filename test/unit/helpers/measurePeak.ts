// Child process for the bounded-memory tests: warms up, measures resident memory at rest, runs one
// import of a hostile file and prints {idleKb, peakKb, code, message} as JSON. Run with --expose-gc.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareImport } from '../../../electron/import/prepareImport';
import { importPacket } from '../../../electron/packet/importPacket';
import { NotebookSession } from '../../../electron/session/notebookSession';

const [mode, file, notebookDir] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: measurePeak docx|html|packet FILE [NOTEBOOK_DIR]');

const status = (key: string): number =>
  Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
const capturedAt = '2024-05-06T12:00:00.000Z';
const fixture = (name: string): Uint8Array => readFileSync(join(import.meta.dirname, '../../fixtures', name));

async function run(): Promise<() => Promise<unknown>> {
  if (mode === 'packet') {
    const session = await NotebookSession.open({ notebookDir: notebookDir as string, userDataDir: null });
    await session.importText('A short story to warm the notebook up.\nIt has two lines.');
    return () => importPacket(session.notebook, file as string);
  }
  // The parser worker starts on the first file: warm it up with a real one, as a running app would be.
  await prepareImport(fixture('docx/ferry-article.docx'), { fileName: 'warm.docx', capturedAt });
  await prepareImport(new TextEncoder().encode('<p>Warm up the page reader.</p>'), {
    fileName: 'warm.html',
    capturedAt,
  });
  const bytes = readFileSync(file as string);
  return () => prepareImport(bytes, { fileName: `hostile.${mode}`, capturedAt });
}

const attempt = await run();
(globalThis as { gc?: () => void }).gc?.();
// Resets the high-water mark to the current size (Linux), so the peak below is this import's alone.
writeFileSync('/proc/self/clear_refs', '5');
const idleKb = status('VmRSS');
const outcome = await attempt().then(
  () => ({ code: 'OK', message: '' }),
  (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
);
const peakKb = status('VmHWM');
process.stdout.write(`${JSON.stringify({ idleKb, peakKb, ...outcome })}\n`);
process.exit(0);
