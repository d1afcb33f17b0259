import * as Y from 'yjs';
import type { Api } from '../../../shared/contract/contract';
import type { NoteMeta } from '../../../shared/model/note';
import { decodeNoteUpdate, encodeNoteUpdate } from '../../../shared/sync/noteCollab';
import { ReplicaPresence } from './replicaPresence';

/** Origin of changes that came from main: they are not sent back. */
const FROM_MAIN = 'main';

/**
 * The editor's replica of a shared note's Y.Doc (docs/architecture.md, "Co-editing a note"): the
 * Collaboration extension binds the editor to `doc`; what the reporter types is pushed to main as
 * Yjs updates, and what others typed is pulled from main, so neither overwrites the other.
 */
export class NoteReplica {
  readonly doc = new Y.Doc();
  /** Collaborators' carets in this note, and this editor's (sent to main with `exchangeCarets`). */
  readonly presence = new ReplicaPresence(this.doc.clientID);
  /** Updates made here and not yet accepted by main, oldest first. */
  private pending: Uint8Array[] = [];
  private pulling = false;

  constructor(
    private readonly api: Api,
    readonly noteId: string,
    state: string,
  ) {
    Y.applyUpdate(this.doc, decodeNoteUpdate(state), FROM_MAIN);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_MAIN) this.pending.push(update);
    });
  }

  /** Sends what was typed since the last push; kept for the next try if main did not accept it. */
  async push(): Promise<NoteMeta | null> {
    if (this.pending.length === 0) return null;
    const sending = this.pending;
    this.pending = [];
    try {
      return await this.api.pushNoteUpdate({
        id: this.noteId,
        update: encodeNoteUpdate(Y.mergeUpdates(sending)),
      });
    } catch (error) {
      this.pending = [...sending, ...this.pending];
      throw error;
    }
  }

  /** Takes in what others typed (main has it from the live sync); one pull at a time. */
  async pull(): Promise<void> {
    if (this.pulling) return;
    this.pulling = true;
    try {
      const stateVector = encodeNoteUpdate(Y.encodeStateVector(this.doc));
      const { update } = await this.api.pullNoteUpdate({ id: this.noteId, stateVector });
      Y.applyUpdate(this.doc, decodeNoteUpdate(update), FROM_MAIN);
    } finally {
      this.pulling = false;
    }
  }

  /** Shows this editor's caret to the others in the note and takes in theirs. */
  async exchangeCarets(): Promise<void> {
    const { peers } = await this.api.exchangeNoteCarets({ id: this.noteId, caret: this.presence.caret() });
    this.presence.setPeers(peers);
  }

  /** The editor closed the note: its caret leaves the others' screens now, not when its lease ends. */
  leave(): void {
    this.presence.setPeers([]);
    void this.api.exchangeNoteCarets({ id: this.noteId, caret: null, leaving: true }).catch(() => undefined);
  }
}
