import type { HandlersOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { NoteMeta } from '../../shared/model';
import { decodeNoteUpdate, encodeNoteUpdate } from '../../shared/sync/noteCollab';
import type { NotebookStore } from '../store/notebookStore';
import type { NoteCarets } from '../sync/client/noteCarets';
import type { NoteRelay } from '../sync/client/noteRelay';

type NoteSyncCalls = 'openNoteReplica' | 'pushNoteUpdate' | 'pullNoteUpdate' | 'exchangeNoteCarets';

/** The co-editing calls (shared/contract/noteSyncCalls.ts), on the open notebook's relay if it is shared. */
export function noteSyncHandlers(
  relay: () => NoteRelay | null,
  store: () => NotebookStore,
  carets: () => NoteCarets | null = () => null,
): HandlersOf<NoteSyncCalls> {
  const shared = (): NoteRelay => {
    const current = relay();
    if (!current)
      throw new AppError('USAGE', 'This notebook is not shared, so its notes are saved as a whole.');
    return current;
  };
  return {
    openNoteReplica: async ({ id }) => {
      const current = relay();
      if (!current) return { shared: false };
      return { shared: true, state: encodeNoteUpdate(await current.open(id)) };
    },
    pushNoteUpdate: async ({ id, update }) => {
      await shared().push(id, decodeNoteUpdate(update));
      return store().find('notes', id) as NoteMeta;
    },
    pullNoteUpdate: async ({ id, stateVector }) => ({
      update: encodeNoteUpdate(await shared().pull(id, decodeNoteUpdate(stateVector))),
    }),
    // An unshared notebook has no one else's carets (the editor asks only for a shared note).
    exchangeNoteCarets: ({ id, caret, leaving }) => {
      const current = carets();
      if (!current) return Promise.resolve({ peers: [] });
      if (leaving) {
        current.leave(id);
        return Promise.resolve({ peers: [] });
      }
      if (!store().find('notes', id))
        return Promise.reject(new AppError('NOT_FOUND', 'That note is not in this notebook.'));
      return Promise.resolve({ peers: current.exchange(id, caret) });
    },
  };
}
