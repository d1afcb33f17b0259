import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { BackgroundWrites } from '../store/backgroundWrites';
import type { NotebookStore } from '../store/notebookStore';
import type { HandlerContext } from './context';
import { packetHandlers } from './packetHandlers';

type Progress = (p: { phase: string; done: number; total: number }) => void;
interface Held {
  progress: Progress;
  finish: (result?: unknown) => void;
  fail: (error: unknown) => void;
}

/** The import each job runs, held until the test lets it finish or fail. */
const held: Held[] = [];
vi.mock('../packet/importPacket', () => ({
  importPacket: (_store: unknown, _path: string, options: { onProgress: Progress }) =>
    new Promise((resolve, reject) => {
      held.push({ progress: options.onProgress, finish: resolve, fail: reject });
    }),
}));

async function setup() {
  const problems: string[] = [];
  const background = new BackgroundWrites((what) => problems.push(what));
  const dir = join(await tempDir(), 'nb');
  const store = {
    dir,
    background,
    data: { notebook: { id: 'x', name: 'Test' } },
  } as unknown as NotebookStore;
  const changed = vi.fn();
  const ctx: HandlerContext = { store: () => store, now: () => '2026-12-07T12:00:00.000Z', changed };
  return { handlers: packetHandlers(ctx), background, changed, problems };
}

const packet = { fileName: 'p.zip', dataBase64: Buffer.from('zip').toString('base64') };
const nextHeld = async (): Promise<Held> => {
  await vi.waitUntil(() => held.length > 0, { timeout: 60_000, interval: 5 });
  return held.shift()!;
};

beforeEach(() => {
  held.length = 0;
});

describe('packet jobs', () => {
  it('start running, show progress, end done with the result, and the notebook hears of the change', async () => {
    const { handlers, background, changed } = await setup();
    const started = await handlers.startPacketImport(packet);
    expect(started).toMatchObject({ kind: 'import', state: 'running', phase: 'starting', done: 0, total: 1 });
    const job = await nextHeld();
    job.progress({ phase: 'reading', done: 3, total: 10 });
    expect(await handlers.getPacketJob({ id: started.id })).toMatchObject({
      state: 'running',
      phase: 'reading',
      done: 3,
      total: 10,
    });
    job.finish({ added: { sources: 1 } });
    await background.idle();
    expect(await handlers.getPacketJob({ id: started.id })).toMatchObject({
      state: 'done',
      phase: 'done',
      done: 10,
      imported: { added: { sources: 1 } },
    });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('a failure ends the job failed with its message, not as a background problem', async () => {
    const { handlers, background, problems } = await setup();
    const started = await handlers.startPacketImport(packet);
    (await nextHeld()).fail(new AppError('IMPORT_FAILED', 'The packet was refused: no manifest.'));
    await background.idle();
    expect(await handlers.getPacketJob({ id: started.id })).toMatchObject({
      state: 'failed',
      error: 'The packet was refused: no manifest.',
    });
    expect(problems).toEqual([]);
  });

  it('closing waits for a running job', async () => {
    const { handlers, background } = await setup();
    const started = await handlers.startPacketImport(packet);
    const job = await nextHeld();
    let idle = false;
    const closing = background.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    expect(background.busy).toBe(true);
    job.finish({});
    await closing;
    expect((await handlers.getPacketJob({ id: started.id })).state).toBe('done');
  });

  it('an unknown job is NOT_FOUND; an import is not an export to read', async () => {
    const { handlers, background } = await setup();
    await expect(handlers.getPacketJob({ id: '01900000-0000-7000-8000-000000000001' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    const started = await handlers.startPacketImport(packet);
    (await nextHeld()).finish({});
    await background.idle();
    await expect(handlers.readPacketExport({ id: started.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
