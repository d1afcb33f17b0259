import { useEffect, useState } from 'react';
import type { NoteMeta } from '../../../shared/model/note';
import { useApi } from '../../transport/ApiContext';

/**
 * Open quote problems per listed note (note id → count), asked of the notebook each time the list
 * is loaded again (after a save, a rename, a restore). The notebook keeps each count until the note
 * or what it cites changes and checks off the page's thread, so this never holds up typing; an
 * answer for an older list is dropped. A count that cannot be had is simply not shown.
 */
export function useNoteQuoteProblems(notes: readonly NoteMeta[] | undefined, enabled: boolean) {
  const api = useApi();
  const [problems, setProblems] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    if (!enabled || !notes || notes.length === 0) return;
    let current = true;
    api.noteQuoteProblems({ noteIds: notes.map((n) => n.id) }).then(
      (counts) => {
        if (current) setProblems(new Map(counts.map((c) => [c.noteId, c.problems])));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, notes, enabled]);
  return problems;
}
