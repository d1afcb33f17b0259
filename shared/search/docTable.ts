import { FIELD_COUNT, FIELD_TITLE, type SearchDocFilters, type SearchKind } from './types';
import { kindCode } from './scoring';

/** What the index keeps of a document besides its postings. */
export interface DocMeta {
  id: string;
  kind: SearchKind;
  sourceId?: string;
  title: string;
  filters: SearchDocFilters;
  stamp?: string;
}

/** Stored fields (names, meta, body) of a segment's documents; `bytes` gives UTF-8 for cheap copying. */
export interface StoredTexts {
  text(doc: number, field: number): string;
  /** Undefined where a document's text exists only as a string. */
  bytes?(doc: number, field: number): Uint8Array | undefined;
}

/**
 * Documents by number. Numbers only grow: a removed or replaced document keeps its number,
 * marked dead, until a compaction renumbers everything.
 */
export class DocTable {
  metas: (DocMeta | undefined)[] = [];
  kinds = new Uint8Array(1024);
  alive = new Uint8Array(1024);
  fieldLens = new Uint32Array(1024 * FIELD_COUNT);
  readonly lengthSums = new Float64Array(FIELD_COUNT);
  count = 0;
  aliveCount = 0;
  private readonly byId = new Map<string, number>();
  private readonly texts = new Map<number, string[]>();

  constructor(readonly stored: StoredTexts | null = null) {}

  get capacity(): number {
    return this.alive.length;
  }

  private grow(atLeast = 0): void {
    let size = this.alive.length * 2;
    while (size < atLeast) size *= 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    const lens = new Uint32Array(size * FIELD_COUNT);
    lens.set(this.fieldLens);
    this.kinds = kinds;
    this.alive = alive;
    this.fieldLens = lens;
  }

  /** Adds a live document; `texts` by field, or null when `stored` can read them. */
  add(meta: DocMeta, lengths: ArrayLike<number>, texts: string[] | null): number {
    const doc = this.count++;
    if (doc >= this.capacity) this.grow();
    this.metas[doc] = meta;
    this.kinds[doc] = kindCode(meta.kind);
    this.alive[doc] = 1;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const length = lengths[f] ?? 0;
      this.fieldLens[doc * FIELD_COUNT + f] = length;
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) + length;
    }
    if (texts) this.texts.set(doc, texts);
    this.byId.set(meta.id, doc);
    this.aliveCount++;
    return doc;
  }

  /**
   * Adds a segment's documents in one go (live, texts in `stored`): the same as calling `add`
   * for each, without a view of `fieldLens` per document; it matters for 60,000 at open.
   */
  addAll(metas: readonly DocMeta[], fieldLens: Uint32Array): void {
    const first = this.count;
    if (first + metas.length > this.capacity) this.grow(first + metas.length);
    this.fieldLens.set(fieldLens.subarray(0, metas.length * FIELD_COUNT), first * FIELD_COUNT);
    for (let i = 0; i < metas.length; i++) {
      const meta = metas[i] as DocMeta;
      const doc = first + i;
      this.metas[doc] = meta;
      this.kinds[doc] = kindCode(meta.kind);
      this.alive[doc] = 1;
      this.byId.set(meta.id, doc);
    }
    for (let k = 0; k < metas.length * FIELD_COUNT; k++) {
      const f = k % FIELD_COUNT;
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) + (fieldLens[k] ?? 0);
    }
    this.count += metas.length;
    this.aliveCount += metas.length;
  }

  /** Marks the document dead; false when there was none. */
  remove(id: string): boolean {
    const doc = this.byId.get(id);
    if (doc === undefined) return false;
    this.byId.delete(id);
    this.alive[doc] = 0;
    this.metas[doc] = undefined;
    this.texts.delete(doc);
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) - (this.fieldLens[doc * FIELD_COUNT + f] ?? 0);
    }
    this.aliveCount--;
    return true;
  }

  docOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  averageLength(field: number): number {
    return this.aliveCount ? (this.lengthSums[field] ?? 0) / this.aliveCount : 0;
  }

  /** The text of one field of a live document. */
  text(doc: number, field: number): string {
    if (field === FIELD_TITLE) return this.metas[doc]?.title ?? '';
    const texts = this.texts.get(doc);
    if (texts) return texts[field] ?? '';
    return this.stored && this.alive[doc] ? this.stored.text(doc, field) : '';
  }

  /** Field texts of the documents added since the segment, by number, as they are now. */
  ownTextsCopy(): ReadonlyMap<number, readonly string[]> {
    return new Map(this.texts);
  }
}
