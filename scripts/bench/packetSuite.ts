import { join } from 'node:path';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import { verifyPacket } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import { describeRange } from '../../shared/anchoring';
import { newId } from '../../shared/ids';
import type { Claim, DocNode, Highlight, NoteMeta } from '../../shared/model';
import { buildNotebook } from './foundationSuite';
import { round, timeMs, type Figure } from './measure';

const SOURCES = 1000;
const HIGHLIGHTS_PER_SOURCE = 10;
const NOTES = 50;
const CITATIONS_PER_NOTE = 20;

/** Highlights, entities, claims and notes planted straight into the store (the bench measures packets, not setup). */
export async function plantResearch(session: NotebookSession): Promise<void> {
  const store = session.notebook;
  const now = new Date().toISOString();
  const entities = Array.from({ length: 20 }, (_, i) => ({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    type: 'person' as const,
    name: `Person ${i}`,
    aliases: [],
    description: '',
  }));
  const highlights: Highlight[] = [];
  for (const source of store.sources()) {
    const text = await store.readText(source);
    const list: Highlight[] = [];
    for (let k = 0; k < HIGHLIGHTS_PER_SOURCE; k++) {
      const start = Math.floor((text.length * k) / HIGHLIGHTS_PER_SOURCE) + 5;
      const { quote, position } = describeRange(text, start, Math.min(text.length, start + 60));
      list.push({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        sourceId: source.id,
        color: 1 + (k % 5),
        comment: k % 3 === 0 ? `Check this, item ${k}` : '',
        tags: k % 4 === 0 ? ['bench'] : [],
        entityIds: k % 5 === 0 ? [entities[k % entities.length]?.id ?? ''] : [],
        quote,
        position,
        confidential: false,
      });
    }
    highlights.push(...list);
    await store.highlights.put(source.id, ...list);
  }
  const claims: Claim[] = Array.from({ length: 100 }, (_, i) => ({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    statement: `Claim number ${i}`,
    claimantId: entities[i % entities.length]?.id ?? null,
    status: 'unverified',
    evidence: [0, 1, 2].map((j) => ({
      highlightId: highlights[(i * 97 + j * 13) % highlights.length]?.id ?? '',
      stance: (['supports', 'contradicts', 'context'] as const)[j] ?? 'context',
      note: '',
    })),
  }));
  const notes: NoteMeta[] = [];
  for (let n = 0; n < NOTES; n++) {
    const cited = Array.from(
      { length: CITATIONS_PER_NOTE },
      (_, c) => highlights[(n * 211 + c * 37) % highlights.length] as Highlight,
    );
    const doc: DocNode & { type: 'doc' } = {
      type: 'doc',
      content: cited.map((h, c) => ({
        type: 'paragraph',
        content: [
          { type: 'text', text: `Paragraph ${c} of note ${n} says something ` },
          { type: 'text', text: 'important', marks: [{ type: 'bold' }] },
          { type: 'citation', attrs: { sourceId: h.sourceId, highlightId: h.id, locator: null } },
        ],
      })),
    };
    const id = newId();
    await store.notes.writeBody({ version: 1, noteId: id, savedAt: now, doc });
    notes.push({
      id,
      createdAt: now,
      updatedAt: now,
      title: `Bench note ${n}`,
      trashedAt: null,
      citedHighlightIds: cited.map((h) => h.id),
      citedSourceIds: [...new Set(cited.map((h) => h.sourceId))],
      wordCount: CITATIONS_PER_NOTE * 8,
    });
  }
  await store.mutate((file) => {
    file.entities.push(...entities);
    file.claims.push(...claims);
    file.notes.push(...notes);
  });
}

/** export_s and import_packet_s (issue 6): 1,000 sources, 10,000 highlights, 50 notes. */
export async function packetSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-packet');
  await buildNotebook(dir, SOURCES, 700);
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  await plantResearch(session);
  const out = join(workDir, 'bench-packet.zip');
  let files = 0;
  const exportMs = await timeMs(async () => {
    files = (await exportPacket(session, { out })).files;
  });
  await session.close();

  let intact = false;
  const verifyMs = await timeMs(async () => {
    intact = (await verifyPacket(out)).ok;
  });
  if (!intact) throw new Error('The bench packet did not verify.');

  const target = await NotebookSession.open({
    notebookDir: join(workDir, 'notebook-import'),
    userDataDir: null,
  });
  let added = 0;
  const importMs = await timeMs(async () => {
    added = (await importPacket(target.notebook, out)).added.highlights;
    await target.notebook.highlights.idle();
  });
  await target.close();
  if (added !== SOURCES * HIGHLIGHTS_PER_SOURCE)
    throw new Error(`The bench import added ${added} highlights.`);

  return [
    { key: 'export_s', value: round(exportMs / 1000), unit: 's', budget: `<= 10 (${files} files)` },
    { key: 'verify_s', value: round(verifyMs / 1000), unit: 's', budget: '(no budget)' },
    { key: 'import_packet_s', value: round(importMs / 1000), unit: 's', budget: '<= 15' },
  ];
}
