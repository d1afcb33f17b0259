import { useSyncExternalStore } from 'react';
import type { SuggestionState, SuggestionStore } from './suggestionStore';

/** The citation picker's current state, re-rendering when the editor changes it. */
export function useSuggestionState(store: SuggestionStore): SuggestionState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
