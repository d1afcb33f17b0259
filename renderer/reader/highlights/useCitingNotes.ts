import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../transport/ApiContext';

/** A note that cites this source, with the highlights of it that the note cites. */
export interface CitingNote {
  noteId: string;
  title: string;
  highlightIds: string[];
}

/** Backlinks: the notes citing a source, and which notes cite each of its highlights. */
export function useCitingNotes(sourceId: string) {
  const api = useApi();
  const [notes, setNotes] = useState<CitingNote[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    // Backlinks are a convenience: when they cannot be read the reader works on without them.
    api.citingNotes({ sourceId }).then(
      (result) => {
        if (live) setNotes(result);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, sourceId, version]);

  const byHighlight = useMemo(() => {
    const map = new Map<string, CitingNote[]>();
    for (const note of notes) {
      for (const id of note.highlightIds) map.set(id, [...(map.get(id) ?? []), note]);
    }
    return map;
  }, [notes]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { notes, byHighlight, reload };
}

export type CitingNotes = ReturnType<typeof useCitingNotes>;
