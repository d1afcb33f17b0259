import type { CitableHit } from '../../../shared/contract/noteCalls';

/** What the citation picker shows; the editor's suggestion plugin writes it, a React list reads it. */
export interface SuggestionState {
  open: boolean;
  query: string;
  items: CitableHit[];
  loading: boolean;
  selected: number;
  /** Plain words when the search failed. */
  error: string | null;
  /** Where the typed trigger is on screen, for placing the list. */
  anchor: { left: number; top: number; bottom: number } | null;
}

export const CLOSED_SUGGESTIONS: SuggestionState = {
  open: false,
  query: '',
  items: [],
  loading: false,
  selected: 0,
  error: null,
  anchor: null,
};

/** A tiny external store (for useSyncExternalStore) plus the pick action the list calls. */
export interface SuggestionStore {
  get: () => SuggestionState;
  set: (next: SuggestionState) => void;
  subscribe: (listener: () => void) => () => void;
  /** Inserts item `index`; as a quotation when asked and the item has a quote. */
  pick: (index: number, asQuotation?: boolean) => void;
  setPick: (pick: (index: number, asQuotation?: boolean) => void) => void;
}

/** A fresh store for one editor. */
export function createSuggestionStore(): SuggestionStore {
  let state = CLOSED_SUGGESTIONS;
  let pick: (index: number, asQuotation?: boolean) => void = () => undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pick: (index, asQuotation) => pick(index, asQuotation),
    setPick: (next) => {
      pick = next;
    },
  };
}
