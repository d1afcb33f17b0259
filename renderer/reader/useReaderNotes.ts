import { useCallback, useState } from 'react';
import type { AnchoredHighlight } from '../../shared/contract/results';
import type { Source } from '../../shared/model';
import { useApi } from '../transport/ApiContext';
import { lastEditedNoteId, rememberEditedNote } from '../notes/lastEditedNote';
import { errorMessage } from '../transport/errorMessage';
import { REVIEWER_NO_NOTES, useMayChange } from '../sync/SyncStatusContext';
import { useCiteHighlight } from './useCiteHighlight';
import { useCitingNotes, type CitingNote } from './highlights/useCitingNotes';
import type { useToast } from './useToast';

// Whether the reporter wants the note beside the text: kept while they move between sources and
// across a reload of the window, but not into another session.
const SPLIT_KEY = 'rn:reader-notes-split';
const readSplitWanted = (): boolean => {
  try {
    return sessionStorage.getItem(SPLIT_KEY) === '1';
  } catch {
    return false;
  }
};
const writeSplitWanted = (wanted: boolean): void => {
  try {
    sessionStorage.setItem(SPLIT_KEY, wanted ? '1' : '0');
  } catch {
    // Storage refused (private mode, quota): the choice lasts until the reader closes.
  }
};

/** The reader's link to notes: backlinks, the Cite action and the note shown beside the text. */
export function useReaderNotes(source: Pick<Source, 'id' | 'title'>, toast: ReturnType<typeof useToast>) {
  const api = useApi();
  const citing = useCitingNotes(source.id);
  const [splitOpen, setSplitOpen] = useState(readSplitWanted);
  const [splitNoteId, setSplitNoteId] = useState<string | null>(lastEditedNoteId);
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const cite = useCiteHighlight({ source, toast, onCited: setSplitNoteId });

  const toggleSplit = useCallback(() => {
    setSplitOpen((open) => {
      writeSplitWanted(!open);
      return !open;
    });
    setSplitNoteId(lastEditedNoteId());
  }, []);

  const { show } = toast;
  const mayChange = useMayChange('note');
  const createNote = useCallback(async () => {
    if (!mayChange) {
      show(REVIEWER_NO_NOTES, { tone: 'error' });
      return;
    }
    setCreating(true);
    try {
      const created = await api.createNote({ title: source.title.slice(0, 300) });
      rememberEditedNote(created.id);
      setSplitNoteId(created.id);
    } catch (error) {
      show(`The note could not be created: ${errorMessage(error)}`, { tone: 'error' });
    } finally {
      setCreating(false);
    }
  }, [api, source.title, show, mayChange]);

  /** A cited highlight went or came back: backlinks and the open note must look again. */
  const { reload } = citing;
  const citationsChanged = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);

  return {
    citing,
    cite,
    split: { open: splitOpen, noteId: splitNoteId, version, creating, toggle: toggleSplit, createNote },
    citationsChanged,
  };
}

/** Holds back deleting a highlight that notes cite until the reporter confirms. */
export function useDeleteGuard(
  remove: (item: AnchoredHighlight) => Promise<unknown>,
  byHighlight: ReadonlyMap<string, CitingNote[]>,
) {
  const [pending, setPending] = useState<{ item: AnchoredHighlight; notes: CitingNote[] } | null>(null);

  const guardedRemove = useCallback(
    async (item: AnchoredHighlight): Promise<undefined> => {
      const notes = byHighlight.get(item.highlight.id) ?? [];
      if (notes.length === 0) await remove(item);
      else setPending({ item, notes });
      return undefined;
    },
    [remove, byHighlight],
  );
  const confirm = useCallback(() => {
    if (!pending) return;
    setPending(null);
    void remove(pending.item);
  }, [pending, remove]);
  const cancel = useCallback(() => setPending(null), []);

  return { pending, guardedRemove, confirm, cancel };
}

export type ReaderNotes = ReturnType<typeof useReaderNotes>;
