import * as Y from 'yjs';
import { AppError } from '../../../shared/errors';
import type { DocNode, NoteBody } from '../../../shared/model';
import { mayWrite } from '../../../shared/sync/docNames';
import { applyNoteUpdate, noteBodyOf, noteUpdateSince } from '../../../shared/sync/noteCollab';
import { isEmptyFragment, writeNoteFragment } from '../../../shared/sync/noteFragment';
import { noteIsEmpty } from '../../../shared/notes/noteIsEmpty';
import { normalizeNoteDoc } from '../../../shared/notes/normalizeNoteDoc';
import type { Turns } from './liveSync';
import { LocalDocs } from './localDocs';
import type { SyncConfig } from './syncState';

/** What the relay needs from the open notebook: where it is and the note bodies it holds. */
export interface RelayStore {
  readonly dir: string;
  readonly notes: { readBody(id: string): Promise<NoteBody> };
  find(kind: 'notes', id: string): unknown;
}

export interface RelayOptions {
  store: RelayStore;
  config: SyncConfig;
  /** The notebook's turns: sync cycles open the same persisted docs, never at the same time. */
  turns: Turns;
  /** The note's one writer (saveNote's path: schema check, facts, revisions). */
  saveBody: (noteId: string, doc: DocNode & { type: 'doc' }) => Promise<unknown>;
  /** A change made here waits to be exchanged (LiveSync.localChange). */
  onLocalChange: () => void;
}

/**
 * Main's side of co-editing a note (docs/architecture.md, "Co-editing a note"): the editor holds
 * a replica of the note's Y.Doc and exchanges Yjs updates with the note's persisted doc here,
 * which the live sync cycle exchanges with the server. The stored body is always derived from
 * that doc and written through the note's one writer.
 */
export class NoteRelay {
  constructor(private readonly options: RelayOptions) {}

  /** Whether this member may change notes (a reviewer's editor is read-only). */
  get editable(): boolean {
    return mayWrite(this.options.config.role, 'note');
  }

  /**
   * The note's doc as one update, for the editor's replica. A note no one has shared a body for
   * yet is seeded here from its stored body: main is the only seeder, since two replicas seeding
   * the same body independently would hold it twice after merging.
   */
  open(noteId: string): Promise<Uint8Array> {
    return this.withDoc(noteId, async (doc) => {
      await this.seed(noteId, doc);
      return noteUpdateSince(doc);
    });
  }

  /**
   * A change main makes to a shared note's body (a citation appended, a revision restored). It is
   * written into the note's doc as a diff, in the notebook's turn, then the body is derived from
   * the doc: written beside the doc instead, the editor's next push would derive a body without
   * it. The editor's replica pulls it like anyone else's change. Runs in the caller's turn:
   * citeInNote and restoreRevision are changing calls, which hold it and count the change.
   */
  async edit(noteId: string, change: (body: DocNode & { type: 'doc' }) => DocNode): Promise<void> {
    if (!this.editable)
      throw new AppError('FORBIDDEN', 'A reviewer cannot change notes in a shared notebook.');
    await this.onDoc(noteId, async (doc, docs) => {
      await this.seed(noteId, doc);
      // The editor's schema is checked before the doc changes: saveBody checks it too, but by then
      // a refused body would already sit in the doc and travel to everyone at the next exchange.
      const next = change(noteBodyOf(doc));
      const { problems } = normalizeNoteDoc(next);
      if (problems.length > 0)
        throw new AppError('INVALID_INPUT', `The note was not changed: ${problems[0]}.`);
      writeNoteFragment(doc, next);
      await docs.idle();
      await this.options.saveBody(noteId, noteBodyOf(doc));
    });
  }

  /** Main is the only seeder of a note no one has shared a body for yet. */
  private async seed(noteId: string, doc: Y.Doc): Promise<void> {
    if (!isEmptyFragment(doc)) return;
    const { doc: body } = await this.options.store.notes.readBody(noteId);
    if (!noteIsEmpty(body)) writeNoteFragment(doc, body);
  }

  /**
   * Applies the editor's update to the note's doc, durably, then writes the body it derives.
   * A reviewer's update is refused before anything changes (the server would refuse it too).
   */
  async push(noteId: string, update: Uint8Array): Promise<{ bodyChanged: boolean }> {
    if (!this.editable)
      throw new AppError('FORBIDDEN', 'A reviewer cannot change notes in a shared notebook.');
    return this.withDoc(noteId, async (doc, docs) => {
      const bodyChanged = applyNoteUpdate(doc, update, 'editor');
      // The update is on disk before the body: after a crash between them the next cycle writes
      // the derived body (importShared), so the two never disagree for long.
      await docs.idle();
      if (bodyChanged) {
        await this.options.saveBody(noteId, noteBodyOf(doc));
        this.options.onLocalChange();
      }
      return { bodyChanged };
    });
  }

  /** What the note's doc holds that the editor's replica (its state vector) lacks. */
  pull(noteId: string, stateVector: Uint8Array): Promise<Uint8Array> {
    try {
      Y.decodeStateVector(stateVector);
    } catch {
      throw new AppError('INVALID_INPUT', 'This is not a Yjs state vector.');
    }
    return this.withDoc(noteId, (doc) => Promise.resolve(noteUpdateSince(doc, stateVector)));
  }

  /** Runs `task` on the note's persisted doc in the notebook's turn, and closes it after. */
  private withDoc<T>(noteId: string, task: (doc: Y.Doc, docs: LocalDocs) => Promise<T>): Promise<T> {
    return this.options.turns.run(() => this.onDoc(noteId, task));
  }

  /** Runs `task` on the note's persisted doc (the caller holds the turn), and closes it after. */
  private async onDoc<T>(noteId: string, task: (doc: Y.Doc, docs: LocalDocs) => Promise<T>): Promise<T> {
    const { store, config } = this.options;
    if (!store.find('notes', noteId)) throw new AppError('NOT_FOUND', 'That note is not in this notebook.');
    const docs = new LocalDocs(store.dir, config.notebookId);
    try {
      const result = await task(await docs.open('note', noteId), docs);
      await docs.idle();
      return result;
    } finally {
      await docs.close();
    }
  }
}
