import type { Editor } from '@tiptap/core';
import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../shared/contract/contract';
import type { NoteWithBody } from '../../shared/contract/results';
import type { DocNode } from '../../shared/model/note';
import { compareRevisions } from '../../shared/notes/revisionText';
import { useLoad } from '../ui/useLoad';
import { errorMessage } from '../transport/errorMessage';

/**
 * The revisions panel: the list, one revision compared in plain text with the note as it is now,
 * restore (after saving what is on screen), and keeping a revision by hand.
 */
// Long because: list, preview and restore share the chosen revision and the busy message.
export function useRevisions(
  api: Api,
  noteId: string,
  editor: Editor | null,
  flush: () => Promise<void>,
  onRestored: (restored: NoteWithBody) => void,
) {
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const list = useLoad(
    () => (open ? api.listRevisions({ id: noteId }) : Promise.resolve([])),
    `${open}:${version}`,
  );
  const selected = useLoad(
    () => (selectedId ? api.getRevision({ id: noteId, revisionId: selectedId }) : Promise.resolve(null)),
    selectedId ?? '',
  );
  const revision = selected.value ?? null;
  const current: DocNode | null = useMemo(
    () => (revision && editor ? editor.getJSON() : null),
    [revision, editor],
  );
  const diff = useMemo(
    () => (revision && current ? compareRevisions(revision.doc, current) : null),
    [revision, current],
  );

  const run = useCallback(async (action: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  }, []);

  const restore = useCallback(
    (revisionId: string) =>
      run(async () => {
        await flush();
        onRestored(await api.restoreRevision({ id: noteId, revisionId }));
        setSelectedId(null);
        return 'Restored. The text it replaced was kept as a revision.';
      }),
    [api, flush, noteId, onRestored, run],
  );

  const keepNow = useCallback(
    () =>
      run(async () => {
        await flush();
        const { created } = await api.snapshotNote({ id: noteId, reason: 'manual' });
        return created ? 'Revision kept.' : 'Nothing has changed since the last revision.';
      }),
    [api, flush, noteId, run],
  );

  return {
    open,
    toggle: () => setOpen((o) => !o),
    close: () => setOpen(false),
    revisions: list.value ?? [],
    listStatus: list.status,
    listError: list.error,
    selectedId,
    select: setSelectedId,
    selectedStatus: selected.status,
    selectedError: selected.error,
    revision,
    diff,
    busy,
    message,
    restore,
    keepNow,
  };
}

export type Revisions = ReturnType<typeof useRevisions>;
