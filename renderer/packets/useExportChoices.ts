import { useCallback } from 'react';
import type { NoteMeta } from '../../shared/model';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

/** The notes an export can be narrowed to (live notes only; the trash never goes in a packet). */
export function useExportChoices(): { notes: NoteMeta[]; error: string | null } {
  const api = useApi();
  const loaded = useLoad(
    useCallback(() => api.listNotes({ trashed: false }), [api]),
    'packet-notes',
  );
  return { notes: loaded.value ?? [], error: loaded.error ?? null };
}
