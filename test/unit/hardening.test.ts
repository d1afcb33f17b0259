import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { JOBS_FOLDER } from '../../electron/store/leftovers';
import type { DocNode } from '../../shared/model';
import { MAX_NOTE_DEPTH } from '../../shared/notes/noteSchema';
import { tempDir } from './helpers/tempDir';

async function sessionAt(dir: string): Promise<NotebookSession> {
  return NotebookSession.open({ notebookDir: dir, userDataDir: null });
}

describe('hardening (issue 14)', () => {
  it('removes temp files left by a crash in every folder of the notebook when it opens', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await sessionAt(dir);
    const note = await session.handlers.createNote({ title: 'n' });
    await session.close();
    const leftovers = [
      'highlights/.00.json.4242.abcdef.tmp',
      `notes/.${note.id}.json.4242.abcdef.tmp`,
      `notes/${note.id}.revisions/.x.json.4242.abcdef.tmp`,
      'texts/.deadbeef.4242.abcdef.tmp',
      'originals/.deadbeef.4242.abcdef.tmp',
      '.notebook.json.4242.abcdef.tmp',
    ];
    for (const name of leftovers) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), 'half a write');
    }
    // What the crash also leaves: the lock of the dead process (looked for only then, see clearLeftovers).
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), createdAt: '' }),
    );
    await mkdir(join(dir, JOBS_FOLDER, 'rn-packet-x'), { recursive: true });
    await writeFile(join(dir, JOBS_FOLDER, 'rn-packet-x', 'p.zip'), 'old export');
    const reopened = await sessionAt(dir);
    const all = await readdir(dir, { recursive: true });
    expect(all.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(all.some((n) => n.startsWith(JOBS_FOLDER))).toBe(false);
    await reopened.close();
  });

  it('looks for temp files only after a crash: a clean close leaves none, so the next open walks no folder', async () => {
    const dir = join(await tempDir(), 'nb');
    await (await sessionAt(dir)).close();
    // Not something a clean close can leave; planted to see that the open does not look.
    await writeFile(join(dir, 'texts', '.00.4242.abcdef.tmp'), 'clutter');
    await mkdir(join(dir, JOBS_FOLDER), { recursive: true });
    const reopened = await sessionAt(dir);
    expect(await readdir(join(dir, 'texts'))).toContain('.00.4242.abcdef.tmp');
    expect(await readdir(dir)).not.toContain(JOBS_FOLDER);
    await reopened.close();
  });

  it('opens a note saved nested far too deep (before the checks existed), flattened, and saves it again', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await sessionAt(dir);
    const note = await session.handlers.createNote({ title: 'deep' });
    await session.close();
    let inner: DocNode = { type: 'paragraph', content: [{ type: 'text', text: 'bottom line' }] };
    for (let i = 0; i < 1_400; i++) inner = { type: 'blockquote', content: [inner] };
    const body = {
      version: 1,
      noteId: note.id,
      savedAt: new Date().toISOString(),
      doc: { type: 'doc', content: [inner] },
    };
    await mkdir(join(dir, 'notes'), { recursive: true });
    await writeFile(join(dir, 'notes', `${note.id}.json`), JSON.stringify(body));

    const reopened = await sessionAt(dir);
    const { doc } = await reopened.handlers.getNote({ id: note.id });
    let depth = 0;
    let node: DocNode | undefined = doc;
    while (node?.content?.[0]) [node, depth] = [node.content[0], depth + 1];
    expect(node).toEqual({ type: 'text', text: 'bottom line' });
    expect(depth).toBeLessThanOrEqual(MAX_NOTE_DEPTH);
    await expect(reopened.handlers.saveNote({ id: note.id, doc, allowEmpty: false })).resolves.toMatchObject({
      id: note.id,
    });
    await reopened.close();
  });

  it('keeps an export’s zip inside the notebook while it waits, never in the system temp folder', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await sessionAt(dir);
    await session.importText('Budget story\n\nThe council voted on the harbour budget on Monday evening.');
    // The system temp folder is shared with every other test file and process running now, so this
    // test gets one of its own (os.tmpdir() reads TMPDIR on each call). A worker started meanwhile may
    // keep its TypeScript loader's cache there (tsx-*); no packet may go there.
    const systemTemp = await tempDir('rn-system-temp-');
    const savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = systemTemp;
    let job;
    try {
      expect(tmpdir()).toBe(systemTemp);
      job = await session.handlers.startPacketExport({ includeConfidential: false });
      while (job.state === 'running') {
        await new Promise((resolve) => setImmediate(resolve)); // let the job's I/O run between polls
        job = await session.handlers.getPacketJob({ id: job.id });
      }
    } finally {
      if (savedTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmpdir;
    }
    expect(job.state).toBe('done');
    expect((await readdir(systemTemp)).filter((n) => n.startsWith('rn-packet-'))).toEqual([]);
    const waiting = await readdir(join(dir, JOBS_FOLDER), { recursive: true });
    expect(waiting.some((n) => n.endsWith('.zip'))).toBe(true);
    await session.close();
    expect((await readdir(dir)).includes(JOBS_FOLDER)).toBe(false);
  });
});
