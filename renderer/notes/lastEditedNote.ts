import { parseCitationPayload } from './editor/citationDrag';

/** A citation on its way into an open note; validated again by the editor command that inserts it. */
export type PendingInsert =
  | { kind: 'citation'; sourceId: string; highlightId: string | null }
  | { kind: 'quotation'; sourceId: string; highlightId: string; quote: string };

// The queues are memory only, and only for notes open in an editor (whose autosave makes the
// citation durable): a queue surviving a restart could land in a note that is gone. The last note
// itself is kept per notebook in localStorage (like the library's sort), so Notes and Cite find it
// again after a restart; note ids belong to one notebook, hence the key per notebook.
let lastId: string | null = null;
let scope: string | null = null;
const queues = new Map<string, PendingInsert[]>();
const listeners = new Set<(noteId: string) => void>();
const openEditors = new Map<string, number>();
const storageKey = (notebookId: string) => `rn.lastNote.${notebookId}`;

function store(noteId: string | null): void {
  if (!scope) return;
  try {
    if (noteId) localStorage.setItem(storageKey(scope), noteId);
    else localStorage.removeItem(storageKey(scope));
  } catch {
    // Storage full or disabled: the last note is then kept for this session only.
  }
}

/** Says which notebook is open: its last note is read back, and later ones are kept for it. */
export function setNotebookScope(notebookId: string): void {
  if (scope === notebookId) return;
  const first = scope === null;
  scope = notebookId;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey(notebookId));
  } catch {
    // Unreadable storage: only what this session knows.
  }
  // A note opened before the notebook was known is this notebook's and newer than what is stored;
  // after a switch, the previous notebook's note is not.
  lastId = first ? (lastId ?? stored) : stored;
  store(lastId);
}

/** Remembers the note the reporter is working in (set when a note is opened or edited). */
export function rememberEditedNote(noteId: string): void {
  if (lastId === noteId) return;
  lastId = noteId;
  store(noteId);
}

/** The note the reader's Cite button should cite into, if any. */
export function lastEditedNoteId(): string | null {
  return lastId;
}

/** Forgets a note that was trashed or no longer exists, with anything queued for it. */
export function forgetEditedNote(noteId: string): void {
  if (lastId === noteId) {
    lastId = null;
    store(null);
  }
  queues.delete(noteId);
}

/**
 * Queues a citation (or, with a quote and asQuotation, a quotation) for a note open in an editor,
 * by default the one last edited; that editor inserts it at once. Returns the note id, or null
 * when there is no note to cite into or the payload is not a valid citation.
 */
export function queueCitation(
  payload: { sourceId: string; highlightId: string | null; quote?: string | null; asQuotation?: boolean },
  noteId: string | null = lastId,
): string | null {
  const valid = parseCitationPayload(payload);
  if (!noteId || !valid) return null;
  const insert: PendingInsert =
    payload.asQuotation && valid.quote && valid.highlightId
      ? { kind: 'quotation', sourceId: valid.sourceId, highlightId: valid.highlightId, quote: valid.quote }
      : { kind: 'citation', sourceId: valid.sourceId, highlightId: valid.highlightId };
  queues.set(noteId, [...(queues.get(noteId) ?? []), insert]);
  for (const listener of listeners) listener(noteId);
  return noteId;
}

/** Marks a note as open in an editor here until the returned function is called. */
export function registerOpenEditor(noteId: string): () => void {
  openEditors.set(noteId, (openEditors.get(noteId) ?? 0) + 1);
  return () => {
    const left = (openEditors.get(noteId) ?? 1) - 1;
    if (left > 0) openEditors.set(noteId, left);
    else openEditors.delete(noteId);
  };
}

/**
 * Whether an editor holds the note: then a citation must go through that editor (its autosave
 * would overwrite a change made to the stored note behind its back); otherwise it is written
 * to the stored note at once.
 */
export function isOpenInEditor(noteId: string): boolean {
  return openEditors.has(noteId);
}

/** Removes and returns what is waiting for a note, oldest first. */
export function takePendingInserts(noteId: string): PendingInsert[] {
  const pending = queues.get(noteId) ?? [];
  queues.delete(noteId);
  return pending;
}

/** Tells an open note page that something was queued (for it or another note). */
export function subscribePendingInserts(listener: (noteId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
