import { join } from 'node:path';
import { NotebookSession } from '../../electron/session/notebookSession';
import { syntheticArticle } from './corpus';
import { median, round, timeMs, type Figure } from './measure';

/** Builds a notebook of `count` sources, importing in batches so saves coalesce. */
export async function buildNotebook(dir: string, count: number, words = 700): Promise<void> {
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, i) => start + i);
    await Promise.all(batch.map((i) => session.importText(syntheticArticle(i, words))));
  }
  await session.close();
}

/** open_ms_1k and import_persist_ms (issue 2). */
export async function foundationSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-1k');
  await buildNotebook(dir, 1000);

  const openTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    let session: NotebookSession | undefined;
    openTimes.push(
      await timeMs(async () => {
        session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
        await session.handlers.listSources({});
      }),
    );
    await session?.close();
  }

  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  const importTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const bytes = new TextEncoder().encode(syntheticArticle(100_000 + i, 800));
    importTimes.push(await timeMs(() => session.importBytes(`bench-${i}.txt`, bytes)));
  }
  await session.close();

  return [
    { key: 'open_ms_1k', value: round(median(openTimes)), unit: 'ms', budget: '< 300' },
    { key: 'import_persist_ms', value: round(median(importTimes)), unit: 'ms', budget: '< 50' },
  ];
}
