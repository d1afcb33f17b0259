// What the soak wrote and was told was saved: every acknowledged write must be found after a restart.

export interface Ledger {
  /** Imported sources: id → a token their text contains, and the text's length. */
  sources: Map<string, { token: string; length: number }>;
  /** Highlights: id → source and the comment it was saved with. */
  highlights: Map<string, { sourceId: string; comment: string }>;
  /** Notes: id → the highest revision number a save of it was acknowledged with. */
  notes: Map<string, number>;
  /** Entities: id → name. */
  entities: Map<string, string>;
  /** Highlights tagged with an entity (each tagged once): highlight id → entity id. */
  tags: Map<string, string>;
  /** Acknowledged writes in all. */
  acknowledged: number;
  /** Ids written since the last check (`tag:ID` for a tagged highlight). */
  fresh: Set<string>;
}

export const emptyLedger = (): Ledger => ({
  sources: new Map(),
  highlights: new Map(),
  notes: new Map(),
  entities: new Map(),
  tags: new Map(),
  acknowledged: 0,
  fresh: new Set(),
});

export const pick = <T>(rand: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(rand() * items.length)];
