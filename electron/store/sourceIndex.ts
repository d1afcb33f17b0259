import type { Source } from '../../shared/model';

/**
 * What one change did to the notebook's source list, so the index follows it in O(changed):
 * `put` the sources added or replaced (by id), `drop` the ids removed. `{}` says the change left
 * the source list alone. A change that cannot say (a bulk rewrite) passes nothing and the index
 * is built again (see NotebookStore.mutate).
 */
export interface SourceChanges {
  put?: readonly Source[];
  drop?: readonly string[];
}

/** The comparable content of an index: what a full build and a maintained index must agree on. */
export interface SourceIndexContents {
  byId: Array<[string, Source]>;
  byTextHash: Array<[string, string[]]>;
}

/**
 * Lookups over the notebook's sources: by id, and by the SHA-256 of their clean text (import
 * refuses a duplicate). Built once from the list at open (`build`, also the oracle in tests)
 * and then kept current by each change's `SourceChanges`, so a save at 100,000 sources does not
 * rebuild two maps of 100,000 entries.
 */
export class SourceIndex {
  private readonly byId = new Map<string, Source>();
  /** Usually one source per text; several only if copies came in through a packet or sync. */
  private readonly byTextHash = new Map<string, Source[]>();

  /** The one full build, from the list as it is now. */
  static build(sources: readonly Source[]): SourceIndex {
    const index = new SourceIndex();
    for (const source of sources) index.put(source);
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  sourceById(id: string): Source | undefined {
    return this.byId.get(id);
  }

  /** The earliest indexed source with this text, if any. */
  sourceByTextHash(sha256: string): Source | undefined {
    return this.byTextHash.get(sha256)?.[0];
  }

  /**
   * The index after a change that turned the list `before` into `list`: this one following the
   * reported `changes` when the list is the same array and its length agrees with them (an O(1)
   * check that catches a change that misreported adds or removals), else a full build.
   */
  followed(before: readonly Source[], list: readonly Source[], changes?: SourceChanges): SourceIndex {
    if (changes && list === before) {
      this.apply(changes);
      if (this.size === list.length) return this;
    }
    return SourceIndex.build(list);
  }

  /** Follows one change: drops first, then puts (a put of a known id replaces it). */
  apply(changes: SourceChanges): void {
    for (const id of changes.drop ?? []) this.drop(id);
    for (const source of changes.put ?? []) this.put(source);
  }

  private put(source: Source): void {
    this.drop(source.id);
    this.byId.set(source.id, source);
    const same = this.byTextHash.get(source.textSha256);
    if (same) same.push(source);
    else this.byTextHash.set(source.textSha256, [source]);
  }

  private drop(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    const same = (this.byTextHash.get(old.textSha256) ?? []).filter((s) => s !== old);
    if (same.length > 0) this.byTextHash.set(old.textSha256, same);
    else this.byTextHash.delete(old.textSha256);
  }

  /** Sorted contents, order of insertion aside: two indexes over the same sources are equal. */
  contents(): SourceIndexContents {
    const byId = [...this.byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const byTextHash = [...this.byTextHash.entries()]
      .map(([hash, list]): [string, string[]] => [hash, list.map((s) => s.id).sort()])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { byId, byTextHash };
  }
}
