import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportPacket } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import type { RecordsFile } from '../../shared/packet/recordsFile';
import { asRaw, rawZip, resign } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

// Issue 14, item 3: a colleague who had a source from an earlier packet retitles it, edits a comment and
// a description, and sends a packet whose copy says "not confidential" with a later date. Importing it
// must not make the reporter's confidential source exportable, nor overwrite their edits silently.
let dir: string;
let nb: SampleNotebook;
let earlier: string;
const sessions: NotebookSession[] = [];
const LATER = '2099-01-01T00:00:00.000Z';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-guard-'));
  nb = await buildSampleNotebook(dir);
  earlier = (await exportPacket(nb.session, { out: join(dir, 'earlier.zip'), includeConfidential: true }))
    .path;
});
afterAll(async () => {
  await Promise.all([nb.session, ...sessions].map((s) => s.close().catch(() => undefined)));
  await rm(dir, { recursive: true, force: true });
});

const json = (data: Uint8Array | undefined): unknown => JSON.parse(Buffer.from(data ?? []).toString('utf8'));
const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** The colleague's packet: the earlier one with the harbour source, a comment and a description changed. */
async function colleaguePacket(): Promise<string> {
  const entries = await readPacketEntries(earlier);
  const path = `sources/${nb.ids.harbour}/source.json`;
  const source = json(entries.get(path)) as Record<string, unknown>;
  entries.set(
    path,
    bytes({ ...source, confidential: false, title: 'Retitled by a colleague', updatedAt: LATER }),
  );
  const records = json(entries.get('data/records.json')) as RecordsFile;
  records.highlights = records.highlights.map((h) =>
    h.id === nb.ids.budget.id ? { ...h, comment: 'Their comment', updatedAt: LATER } : h,
  );
  records.entities = records.entities.map((e) =>
    e.id === nb.ids.quist ? { ...e, description: 'Their description', updatedAt: LATER } : e,
  );
  entries.set('data/records.json', bytes(records));
  const file = join(dir, 'colleague.zip');
  await writeFile(file, rawZip(asRaw(resign(entries))));
  return file;
}

describe('importing a packet over records the notebook already has', () => {
  it('keeps a confidential source confidential and the reporter’s edits, and says so without --json', async () => {
    const notebookDir = join(dir, 'reporter');
    const mine = await NotebookSession.open({ notebookDir, userDataDir: null });
    sessions.push(mine);
    await importPacket(mine.notebook, earlier);
    await mine.handlers.updateSourceMetadata({ id: nb.ids.harbour, confidential: true });
    await mine.handlers.updateEntity({ id: nb.ids.quist, description: 'My description' });
    await mine.close();

    const packet = await colleaguePacket();
    const preview: string[] = [];
    expect(
      await runImportPacket([packet, '--notebook', notebookDir, '--dry-run'], (l) => preview.push(l)),
    ).toBe(0);
    expect(preview.join('\n')).toMatch(/1 source already here would change or differ:/);
    const lines: string[] = [];
    expect(await runImportPacket([packet, '--notebook', notebookDir], (l) => lines.push(l))).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(
      /“Harbour budget doubles, council says”: title: yours kept \(the packet has “Retitled by a colleague”\)/,
    );
    expect(text).toMatch(/stays confidential \(the packet has it not confidential\)/);
    expect(text).toMatch(/comment: yours kept \(the packet has “Their comment”\)/);
    expect(text).toMatch(/description: yours kept \(the packet has “Their description”\)/);

    const after = await NotebookSession.open({ notebookDir, userDataDir: null });
    sessions.push(after);
    const harbour = after.notebook.requireSource(nb.ids.harbour);
    expect(harbour).toMatchObject({ confidential: true, title: 'Harbour budget doubles, council says' });
    expect((await after.notebook.highlights.findById(nb.ids.budget.id))?.comment).toBe(nb.ids.budget.comment);
    expect(after.notebook.data.entities.find((e) => e.id === nb.ids.quist)?.description).toBe(
      'My description',
    );
    // The next default export still leaves the source out.
    const next = await exportPacket(after, { out: join(dir, 'next.zip') });
    const exported = await readPacketEntries(next.path);
    expect([...exported.keys()].some((k) => k.startsWith(`sources/${nb.ids.harbour}/`))).toBe(false);
  });
});
