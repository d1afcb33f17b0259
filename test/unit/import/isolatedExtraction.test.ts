import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParserPool, replaceParserPool } from '../../../electron/import/isolated/parserWorker';
import { NotebookSession } from '../../../electron/session/notebookSession';
import { dispatch, type CallOutcome } from '../../../shared/contract';
import { snapshotFolder } from '../helpers/snapshotFolder';

/*
 * Issue 14, item 1: pasted text and HTML are extracted in the parser workers, under the same time and
 * memory limits as PDF and Word. An input that overruns them is stopped there, fails with the
 * reporter's words and changes nothing; the main thread keeps answering meanwhile.
 */
const PROSE = 'The harbour authority approved the new ferry terminal after a long public hearing. ';
/** A page of `n` paragraphs: 35,000 (6 MB) is far too big for a worker held to a small heap. */
const page = (n: number): string => `<html><body>${`<p>${PROSE}${PROSE}</p>`.repeat(n)}</body></html>`;
/** The issue's ReDoS shape: 400,000 characters without a space, e-mail-like. */
const noSpaces = (): string => 'a.b@c-d.'.repeat(50_000);

let session: NotebookSession;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-isolated-'));
  session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  await session.importText(`Ferry terminal\n\n${PROSE.repeat(4)}`);
  await session.notebook.background.idle();
});

afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `work` with the shared pool replaced by one held to `limits`. */
async function withPool<T>(limits: { timeoutMs: number; maxMemoryMb: number }, work: () => Promise<T>) {
  const pool = new ParserPool(1, limits);
  const restore = replaceParserPool(pool);
  try {
    return await work();
  } finally {
    restore();
    await pool.close();
  }
}

async function expectRefusedUnchanged(call: string, input: unknown, words: RegExp): Promise<CallOutcome> {
  await session.notebook.background.idle();
  const before = await snapshotFolder(dir);
  const outcome = await dispatch(session.handlers, call, input);
  await session.notebook.background.idle();
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) {
    expect(outcome.error.code).toBe('IMPORT_FAILED');
    expect(outcome.error.message).toMatch(words);
  }
  expect(await snapshotFolder(dir)).toEqual(before);
  return outcome;
}

describe('text and HTML extraction in the parser workers', () => {
  it('stops a pasted page that needs more memory than the workers allow, and writes nothing', async () => {
    await withPool({ timeoutMs: 120_000, maxMemoryMb: 96 }, async () => {
      // The same small pool reads an ordinary paste: the limit, not the pool, refuses the big one.
      const small = await dispatch(session.handlers, 'importHtml', {
        html: `<article><h1>Council vote</h1><p>${PROSE.repeat(3)}</p></article>`,
      });
      expect(small).toMatchObject({ ok: true });
      await expectRefusedUnchanged(
        'importHtml',
        { html: page(35_000) },
        /^The pasted page needed more memory than the importer allows/,
      );
    });
  });

  it('stops pasted text that overruns the time limit, and writes nothing', async () => {
    await withPool({ timeoutMs: 1, maxMemoryMb: 256 }, () =>
      expectRefusedUnchanged(
        'importText',
        { text: noSpaces() },
        /^The pasted text took longer than 1 second to read, so it was not imported\.$/,
      ),
    );
  });

  it('imports again once the overrun worker is gone', async () => {
    const outcome = await dispatch(session.handlers, 'importText', { text: `Harbour\n\n${PROSE.repeat(5)}` });
    expect(outcome.ok).toBe(true);
  });

  it('answers other calls while a long paste is being read', { timeout: 180_000 }, async () => {
    let settled = false;
    // Seconds of work in a worker (1.4 MB of paragraphs); each call below takes milliseconds.
    const importing = dispatch(session.handlers, 'importHtml', { html: page(8_000) }).finally(() => {
      settled = true;
    });
    // Ten calls one after another, each answered while the page is still being read in a worker.
    const answeredWhileImporting: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      const listed = await dispatch(session.handlers, 'listSources', {});
      expect(listed.ok).toBe(true);
      answeredWhileImporting.push(!settled);
    }
    expect(answeredWhileImporting).toEqual(Array(10).fill(true));
    expect((await importing).ok).toBe(true);
  });
});
