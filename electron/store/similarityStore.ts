import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  classifyLikeness,
  compareSignatures,
  LshIndex,
  signText,
  type Likeness,
  type SimilarMatch,
} from '../../shared/similarity';
import type { Source } from '../../shared/model';
import type { BackgroundWrites } from './backgroundWrites';
import { writeFileDurable } from './durableWrite';
import { WriteCoalescer } from './writeCoalescer';

const signatureOf = (text: string | Uint32Array): Uint32Array =>
  typeof text === 'string' ? signText(text) : text;

const SAVE_DELAY_MS = 5000;
const SAVE = 'save the near-duplicate cache (similarity.json)';

/**
 * Near-duplicate signatures of every source, persisted in `similarity.json`.
 * It is a cache: when missing, damaged or from another version it is rebuilt
 * from the texts, and sources it lacks are signed on load.
 */
export class SimilarityStore {
  private index: LshIndex | null = null;
  private loading: Promise<LshIndex> | null = null;
  private readonly coalescer: WriteCoalescer;
  private readonly path: string;
  /** Signatures added or removed in this process (see NotebookStore.revision). */
  private changes = 0;

  constructor(
    dir: string,
    private readonly sources: () => readonly Source[],
    private readonly readText: (source: Source) => Promise<string>,
    /** Owns the deferred saves: the notebook's close waits for them and reports a failure. */
    private readonly background: BackgroundWrites,
  ) {
    this.path = join(dir, 'similarity.json');
    this.coalescer = new WriteCoalescer(() => this.save());
  }

  private async load(): Promise<LshIndex> {
    if (this.index) return this.index;
    this.loading ??= (async () => {
      let index: LshIndex | null = null;
      try {
        index = LshIndex.fromJSON(JSON.parse(await readFile(this.path, 'utf8')));
      } catch {
        index = null;
      }
      index ??= new LshIndex();
      let changed = false;
      for (const source of this.sources()) {
        if (index.has(source.id)) continue;
        index.add(source.id, signText(await this.readText(source)));
        changed = true;
      }
      this.index = index;
      if (changed) void this.background.run(SAVE, () => this.coalescer.request());
      return index;
    })();
    return this.loading;
  }

  private async save(): Promise<void> {
    if (this.index) await writeFileDurable(this.path, JSON.stringify(this.index.toJSON()));
  }

  /**
   * Sources whose text is close to `text`, best first (the source itself excluded). An import passes
   * the text's signature, made in the parser worker, so a long text is not read again on this thread.
   */
  async similarTo(text: string | Uint32Array, excludeId?: string): Promise<SimilarMatch[]> {
    return (await this.load()).query(signatureOf(text), { minScore: 0.5, excludeId, limit: 20 });
  }

  /**
   * Saves are deferred and batched: rewriting the whole file after every import cost more than the
   * import itself. The file is a cache, so a save lost in a crash only means re-signing on load.
   */
  private scheduleSave(): void {
    this.background.later(SAVE, SAVE_DELAY_MS, () => this.coalescer.request());
  }

  /**
   * What kind of likeness two stored sources share (copy, edit, synonym-spun, unrelated), from
   * their kept signatures; null when either is not indexed. The claims board asks this to
   * suggest a rating for spun copies, so the rule lives only in shared/similarity.
   */
  async likeness(aId: string, bId: string): Promise<Likeness | null> {
    const index = await this.load();
    const [a, b] = [index.signatureOf(aId), index.signatureOf(bId)];
    return a && b ? classifyLikeness(compareSignatures(a, b)) : null;
  }

  async add(id: string, text: string | Uint32Array): Promise<void> {
    (await this.load()).add(id, signatureOf(text));
    this.changes++;
    this.scheduleSave();
  }

  async remove(id: string): Promise<void> {
    (await this.load()).remove(id);
    this.changes++;
    this.scheduleSave();
  }

  /** How many signatures were added or removed in this process. */
  get changeCount(): number {
    return this.changes;
  }

  /** Resolves once a load in progress (which may start a save) is over; the saves belong to `background`. */
  async idle(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }
}
