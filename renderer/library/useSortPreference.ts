import { useCallback, useState } from 'react';
import { isSortKey, type SortKey } from './sortSources';

const STORAGE_KEY = 'research-notebook.librarySort';

function readStored(): SortKey {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isSortKey(stored) ? stored : 'added';
  } catch {
    return 'added';
  }
}

/** The library's sort order, remembered across sessions on this machine. */
export function useSortPreference(): [SortKey, (key: SortKey) => void] {
  const [key, setKey] = useState<SortKey>(readStored);
  const update = useCallback((next: SortKey) => {
    setKey(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private modes); the choice then lasts this session only.
    }
  }, []);
  return [key, update];
}
