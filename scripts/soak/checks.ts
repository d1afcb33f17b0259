// After a restart: is every acknowledged write there, is every file readable, are temp files left?
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileName } from '../../electron/store/durableWrite';
import { call } from './host';
import type { Ledger } from './ledger';

interface Target {
  base: string;
  token: string;
}

async function must<T>(t: Target, name: string, input: unknown): Promise<T> {
  const r = await call(t.base, t.token, name, input);
  if (!r.ok) throw new Error(`${name} failed after restart: ${r.status} ${r.message}`);
  return r.value as T;
}

/**
 * Lists what is missing. `only` limits the check to the records written since the last check (ids);
 * without it everything in the ledger is checked.
 */
export async function findLost(t: Target, ledger: Ledger, only?: ReadonlySet<string>): Promise<string[]> {
  const lost: string[] = [];
  const wanted = (id: string) => !only || only.has(id);
  const sources = new Set((await must<Array<{ id: string }>>(t, 'listSources', {})).map((s) => s.id));
  for (const [id, { token }] of ledger.sources) {
    if (!wanted(id)) continue;
    if (!sources.has(id)) lost.push(`source ${id}`);
    else if (!(await must<{ text: string }>(t, 'getSource', { id })).text.includes(token))
      lost.push(`source text ${id}`);
  }
  const bySource = new Map<string, string[]>();
  for (const [id, h] of ledger.highlights) {
    if (wanted(id) || (ledger.tags.get(id) && wanted(`tag:${id}`))) {
      bySource.set(h.sourceId, [...(bySource.get(h.sourceId) ?? []), id]);
    }
  }
  for (const [sourceId, ids] of bySource) {
    const listed = await must<{
      highlights: Array<{ highlight: { id: string; comment: string; entityIds: string[] } }>;
    }>(t, 'listHighlights', { sourceId });
    const found = new Map(listed.highlights.map((a) => [a.highlight.id, a.highlight]));
    for (const id of ids) {
      const h = found.get(id);
      const tag = ledger.tags.get(id);
      if (!h) lost.push(`highlight ${id}`);
      else if (h.comment !== ledger.highlights.get(id)?.comment) lost.push(`highlight comment ${id}`);
      else if (tag && !h.entityIds.includes(tag)) lost.push(`entity tag ${id}`);
    }
  }
  const entities = new Set(
    (await must<Array<{ entity: { id: string } }>>(t, 'listEntities', {})).map((e) => e.entity.id),
  );
  for (const id of ledger.entities.keys()) if (wanted(id) && !entities.has(id)) lost.push(`entity ${id}`);
  for (const [id, rev] of ledger.notes) {
    if (!wanted(id)) continue;
    const note = await must<{ doc: unknown }>(t, 'getNote', { id });
    const saved = Number(/rev-(\d+)/.exec(JSON.stringify(note.doc))?.[1] ?? 0);
    if (saved < rev) lost.push(`note ${id} (rev ${saved} < acknowledged ${rev})`);
  }
  return lost;
}

export interface FolderScan {
  /** JSON files that do not parse, and content-addressed files whose bytes do not match their name. */
  unreadable: string[];
  /** Temp files of earlier (killed) processes. */
  temps: string[];
}

const HASH_NAME = /^[0-9a-f]{64}$/;

/**
 * Reads the notebook folder. Files changed before `sinceMs` were read by an earlier scan and are
 * skipped (pass 0 for a full scan); temp files of the running host (`livePid`) are in-flight writes.
 */
export async function scanFolder(dir: string, sinceMs: number, livePid: number): Promise<FolderScan> {
  const result: FolderScan = { unreadable: [], temps: [] };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (isTempFileName(entry.name)) {
      if (!entry.name.includes(`.${livePid}.`)) result.temps.push(path.slice(dir.length + 1));
      continue;
    }
    try {
      if ((await stat(path)).mtimeMs < sinceMs) continue;
      const data = await readFile(path);
      if (entry.name.endsWith('.json')) JSON.parse(data.toString('utf8'));
      else if (HASH_NAME.test(entry.name) && createHash('sha256').update(data).digest('hex') !== entry.name)
        throw new Error('hash mismatch');
    } catch (error) {
      // A file the live host replaced between readdir and read is not damage.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      result.unreadable.push(`${path.slice(dir.length + 1)}: ${(error as Error).message}`);
    }
  }
  return result;
}
