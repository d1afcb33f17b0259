import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportPacket } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import type { NotebookSession } from '../../electron/session/notebookSession';
import type { DocNode, Highlight } from '../../shared/model';
import { collectCitations } from '../../shared/notes/collectCitations';
import { asRaw, rawZip, resign } from '../fixtures/packets/rawZip';
import { sessionPool } from './helpers/sessionPool';
import { buildSampleNotebook, RIVER, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let packet: string;
let fullPacket: string;
const pool = sessionPool(() => dir);
const open = pool.open;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-import-'));
  nb = await buildSampleNotebook(dir);
  packet = (await exportPacket(nb.session, { out: join(dir, 'p.zip') })).path;
  fullPacket = (await exportPacket(nb.session, { out: join(dir, 'full.zip'), includeConfidential: true }))
    .path;
});
afterAll(() => pool.closeAll(nb.session));

const sha = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));
const selectors = (hs: readonly Highlight[]) =>
  byId(hs).map((h) => ({ id: h.id, sourceId: h.sourceId, quote: h.quote, position: h.position }));
const records = (hs: readonly Highlight[]) => byId(hs);

/** Every file of a notebook folder with its hash, to show an import changed nothing. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('backups') || entry.name.endsWith('.lock')) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(folder.length)] = sha(await readFile(path));
  }
  return out;
}

async function everyCitationResolves(session: NotebookSession): Promise<number> {
  let count = 0;
  for (const meta of session.notebook.data.notes) {
    const { doc } = await session.handlers.getNote({ id: meta.id });
    const targets = collectCitations(doc);
    const infos = await session.handlers.resolveCitations({ targets });
    expect(infos.map((i) => i.resolved)).toEqual(targets.map(() => true));
    count += targets.length;
  }
  return count;
}

describe('import-packet', () => {
  it('round-trips into an empty notebook: same sources, selectors, entities, claims, notes, and every citation resolves', async () => {
    const lines: string[] = [];
    const code = await runImportPacket([fullPacket, '--notebook', join(dir, 'empty'), '--json'], (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      ok: true,
      added: { sources: 3, highlights: 7, entities: 3, claims: 1, notes: 2, questions: 0, ratings: 0 },
      conflicts: [],
    });

    const copy = await open('empty');
    const from = nb.session.notebook;
    const to = copy.notebook;
    expect(byId(to.data.sources)).toEqual(byId(from.data.sources));
    for (const s of to.data.sources) {
      expect(sha(await to.readText(s))).toBe(s.textSha256);
      expect(sha(await to.originals.get(s.original.sha256))).toBe(s.original.sha256);
    }
    expect(selectors(await to.highlights.all())).toEqual(selectors(await from.highlights.all()));
    expect(records(await to.highlights.all())).toEqual(records(await from.highlights.all()));
    expect(byId(to.data.entities)).toEqual(byId(from.data.entities));
    expect(byId(to.data.claims)).toEqual(byId(from.data.claims));
    expect(byId(to.data.notes)).toEqual(byId(from.data.notes));
    for (const n of from.data.notes)
      expect((await to.notes.readBody(n.id)).doc).toEqual((await from.notes.readBody(n.id)).doc);
    expect(await everyCitationResolves(copy)).toBe(9);
    expect((await copy.handlers.listHighlights({ sourceId: nb.ids.river })).health).toMatchObject({
      exact: 2,
    });
  });

  it('imports a packet without confidential material with every remaining citation resolving', async () => {
    const session = await open('redacted');
    const result = await importPacket(session.notebook, packet);
    expect(result.added).toEqual({
      sources: 2,
      highlights: 5,
      entities: 2,
      claims: 1,
      notes: 2,
      questions: 0,
      ratings: 0,
    });
    expect(result.leftOutAtExport).toEqual({ sources: 1, highlights: 2, entities: 1, citations: 2 });
    expect(await everyCitationResolves(session)).toBe(7);
  });

  it('is idempotent: importing the same packet twice changes nothing the second time', async () => {
    const session = await open('twice');
    const progress: string[] = [];
    await importPacket(session.notebook, fullPacket, { onProgress: (p) => progress.push(p.phase) });
    expect(progress).toEqual(expect.arrayContaining(['reading', 'checking', 'merging', 'writing', 'done']));
    await session.notebook.settle();
    const before = await snapshot(session.notebook.dir);
    const again = await importPacket(session.notebook, fullPacket);
    expect(again).toMatchObject({
      unchanged: true,
      conflicts: [],
      added: { sources: 0, highlights: 0, entities: 0, claims: 0, notes: 0, questions: 0, ratings: 0 },
    });
    await session.notebook.settle();
    expect(await snapshot(session.notebook.dir)).toEqual(before);
  });

  it('links a source whose text the notebook already has instead of duplicating it', async () => {
    const session = await open('has-river');
    const own = (await session.importText(RIVER)).sourceId;
    expect(own).not.toBe(nb.ids.river);
    const result = await importPacket(session.notebook, fullPacket);
    expect(result.linked.sources).toBe(1);
    expect(result.added.sources).toBe(2);
    const sources = session.notebook.data.sources;
    expect(sources.filter((s) => s.title.startsWith('River'))).toHaveLength(1);
    const wave = await session.notebook.highlights.findById(nb.ids.wave.id);
    expect(wave?.sourceId).toBe(own);
    expect(await everyCitationResolves(session)).toBe(9);
    const { doc } = await session.handlers.getNote({ id: nb.ids.noteB });
    expect(collectCitations(doc as DocNode)[0]?.sourceId).toBe(own);
    expect((await importPacket(session.notebook, fullPacket)).unchanged).toBe(true);
  });

  it('links an imported source to a rewrite the notebook already has, both ways', async () => {
    const sentences = [
      'The county council voted on Tuesday to close the old ferry terminal at the end of the summer season.',
      'Officials said repairs to the pier would cost more than the terminal earns in a decade of crossings.',
      'Residents of the island told the meeting that the ferry is their only link to the hospital and the school.',
      'The harbour master warned that winter storms had already damaged two of the mooring posts beyond repair.',
      'A petition signed by four hundred people asked the council to keep one crossing a day through the winter.',
      'The council leader promised a review of bus connections and a study of a smaller landing stage by spring.',
    ];
    const original = ['Council votes to close ferry terminal', '', ...sentences].join('\n');
    const rewrite = original
      .replace('on Tuesday', 'late on Tuesday night')
      .replace('four hundred people', 'more than four hundred residents');
    const from = await open('ferry-from');
    const exported = (await from.importText(original)).sourceId;
    const ferryPacket = (await exportPacket(from, { out: join(dir, 'ferry.zip') })).path;
    const into = await open('ferry-into');
    const local = (await into.importText(rewrite)).sourceId;

    await importPacket(into.notebook, ferryPacket);
    const sources = new Map(into.notebook.data.sources.map((s) => [s.id, s]));
    const score = sources.get(exported)?.similar.find((x) => x.sourceId === local)?.score ?? 0;
    expect(score).toBeGreaterThan(0.5);
    expect(sources.get(local)?.similar).toEqual([{ sourceId: exported, score }]);
  });

  it('reports a conflict (same id, different content), keeps both, and stays idempotent', async () => {
    // A packet in which the harbour source has the same id but different text.
    const entries = await readPacketEntries(fullPacket);
    const id = nb.ids.harbour;
    const text = Buffer.from(entries.get(`sources/${id}/text.txt`) ?? [])
      .toString('utf8')
      .replace('Critics', 'Crities');
    const record = JSON.parse(Buffer.from(entries.get(`sources/${id}/source.json`) ?? []).toString('utf8'));
    record.textSha256 = sha(text);
    entries.set(`sources/${id}/text.txt`, new TextEncoder().encode(text));
    entries.set(`sources/${id}/source.json`, new TextEncoder().encode(JSON.stringify(record)));
    const file = join(dir, 'conflict.zip');
    await writeFile(file, rawZip(asRaw(resign(entries))));

    const session = await open('conflicts');
    await importPacket(session.notebook, fullPacket);
    const result = await importPacket(session.notebook, file);
    const sourceConflict = result.conflicts.find((c) => c.kind === 'source');
    expect(sourceConflict).toMatchObject({ id, label: 'Harbour budget doubles, council says' });
    const kept = session.notebook.requireSource(sourceConflict?.keptAs ?? '');
    expect(await session.notebook.readText(kept)).toContain('Crities');
    expect(await session.notebook.readText(session.notebook.requireSource(id))).toContain('Critics');
    expect(result.conflicts.filter((c) => c.kind === 'highlight')).toHaveLength(4);
    expect((await session.notebook.highlights.forGroup(kept.id)).length).toBe(4);
    expect(await everyCitationResolves(session)).toBeGreaterThan(9);
    expect((await importPacket(session.notebook, file)).unchanged).toBe(true);
  });
});
