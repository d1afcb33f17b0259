import type { Highlight, NoteBody } from '../../shared/model';
import { describeMerge } from '../../shared/packet/describeMerge';
import { planMerge, type MergePlan } from '../../shared/packet/planMerge';
import { mapLimit } from '../../shared/text/mapLimit';
import type { PacketImportSummary } from '../../shared/contract/packetCalls';
import type { NotebookContent } from '../../shared/packet/selectContent';
import { linkEachSimilar, type SimilarLink } from '../../shared/similarity/linkSimilar';
import type { NotebookStore } from '../store/notebookStore';
import { parsePacket, type ParsedPacket } from './parsePacket';
import { openPacket } from './verifyPacket';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'merging' | 'writing' | 'done';
  done: number;
  total: number;
}

/** What an import did (the contract's summary, one definition for the handler, CLI and page). */
export type ImportPacketResult = PacketImportSummary;

async function existingContent(store: NotebookStore): Promise<NotebookContent> {
  const data = store.data;
  const notes = await Promise.all(
    data.notes.map(async (meta) => ({ meta, doc: (await store.notes.readBody(meta.id)).doc })),
  );
  return {
    sources: data.sources,
    entities: data.entities,
    claims: data.claims,
    highlights: await store.highlights.all(),
    notes,
    questions: data.questions,
    ratings: data.ratings,
  };
}

const utf8 = new TextDecoder();
const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((r) => [r.id, r]));

const count = (c: NotebookContent): number =>
  c.sources.length +
  c.entities.length +
  c.claims.length +
  c.notes.length +
  (c.questions?.length ?? 0) +
  (c.ratings ? c.ratings.sources.length + c.ratings.outlets.length : 0);

/** The plan's records in one save of notebook.json, through the store's one writer. */
async function writeMetadata(
  store: NotebookStore,
  { add, update }: MergePlan,
  similar: ReadonlyMap<string, SimilarLink[]>,
): Promise<void> {
  if (count(add) + count(update) === 0) return;
  await store.mutate((file) => {
    const replace = <T extends { id: string }>(list: T[], next: Map<string, T>): T[] =>
      list.map((r) => next.get(r.id) ?? r);
    file.entities = [...replace(file.entities, byId(update.entities)), ...add.entities];
    file.sources = [...replace(file.sources, byId(update.sources)), ...add.sources];
    linkEachSimilar(file.sources, similar);
    file.claims = [...replace(file.claims, byId(update.claims)), ...add.claims];
    const notes = new Map(update.notes.map((n) => [n.meta.id, n.meta]));
    file.notes = [...file.notes.map((n) => notes.get(n.id) ?? n), ...add.notes.map((n) => n.meta)];
    file.questions = [...replace(file.questions, byId(update.questions ?? [])), ...(add.questions ?? [])];
    // A rating the reporter set since the plan was made stays: the packet's only fills what is unrated.
    const rated = new Set(file.ratings.sources.map((r) => r.sourceId));
    const outlets = new Set(file.ratings.outlets.map((r) => r.outlet));
    file.ratings = {
      sources: [
        ...file.ratings.sources,
        ...(add.ratings?.sources ?? []).filter((r) => !rated.has(r.sourceId)),
      ],
      outlets: [
        ...file.ratings.outlets,
        ...(add.ratings?.outlets ?? []).filter((r) => !outlets.has(r.outlet)),
      ],
    };
  });
}

/**
 * Writes a merge plan: content-addressed files first (harmless if interrupted), then note bodies, then
 * one save of notebook.json, then highlights, so nothing ever points at a file that is not there.
 */
async function applyPlan(
  store: NotebookStore,
  plan: MergePlan,
  packet: ParsedPacket,
  progress: (p: ImportProgress) => void,
): Promise<void> {
  const { add, update } = plan;
  let done = 0;
  const total = add.sources.length;
  // Few at a time: each original is inflated from the packet as it is written (up to 50 MB each).
  await mapLimit(add.sources, 4, async (s) => {
    const blob = (sha: string): Uint8Array => packet.blobs.get(sha) as Uint8Array;
    await store.texts.put(blob(s.textSha256));
    await store.originals.put(blob(s.original.sha256));
    if (s.extractionSha256) await store.texts.put(blob(s.extractionSha256));
    progress({ phase: 'writing', done: ++done, total });
  });
  // Signed before the sources are listed: a similarity index loaded later would otherwise sign them twice.
  // Each is first compared with what the notebook (and the packet so far) holds, as an import would be.
  const similar = new Map<string, SimilarLink[]>();
  for (const s of add.sources) {
    const text = utf8.decode(packet.blobs.get(s.textSha256));
    const matches = await store.similarity.similarTo(text, s.id);
    similar.set(
      s.id,
      matches.map((m) => ({ sourceId: m.id, score: Math.round(m.score * 100) / 100 })),
    );
    await store.similarity.add(s.id, text);
  }
  await mapLimit(add.notes, 16, (n) =>
    store.notes.writeBody({
      version: 1,
      noteId: n.meta.id,
      savedAt: n.meta.updatedAt,
      doc: n.doc as NoteBody['doc'],
    }),
  );
  await writeMetadata(store, plan, similar);
  const bySource = new Map<string, Highlight[]>();
  for (const h of [...add.highlights, ...update.highlights]) {
    const list = bySource.get(h.sourceId);
    if (list) list.push(h);
    else bySource.set(h.sourceId, [h]);
  }
  await mapLimit([...bySource], 32, ([sourceId, list]) => store.highlights.put(sourceId, ...list));
}

/**
 * Imports a packet into an open notebook. The whole packet is unpacked and checked in memory first;
 * a packet that fails any check is refused with a plain reason and the notebook is not touched.
 * Records merge by id; importing the same packet twice changes nothing the second time. A record the
 * notebook already has is never weakened (see guardedMerge). With `dryRun`, the same checks and plan run
 * and nothing is written: the page shows the result before the reporter confirms.
 */
export async function importPacket(
  store: NotebookStore,
  path: string,
  options: { onProgress?: (p: ImportProgress) => void; dryRun?: boolean } = {},
): Promise<ImportPacketResult> {
  const dryRun = options.dryRun ?? false;
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: 'reading', done: 0, total: 1 });
  const entries = await openPacket(path);
  progress({ phase: 'checking', done: 0, total: 1 });
  const packet = parsePacket(entries);
  progress({ phase: 'merging', done: 0, total: 1 });
  const plan = planMerge(await existingContent(store), packet.content);
  if (!dryRun) await applyPlan(store, plan, packet, progress);
  progress({ phase: 'done', done: 1, total: 1 });
  const changed =
    Object.values(plan.added).some((n) => n > 0) || Object.values(plan.updated).some((n) => n > 0);
  return {
    added: plan.added,
    updated: plan.updated,
    linked: plan.linked,
    conflicts: plan.conflicts,
    changes: plan.changes,
    summary: describeMerge(plan.changes, plan.conflicts, dryRun),
    dryRun,
    unchanged: !changed,
    leftOutAtExport: packet.manifest.leftOut,
  };
}
