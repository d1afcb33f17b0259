import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { docName } from '../../../shared/sync/docNames';
import { peerCarets, type Caret, type PeerCaret } from '../../../shared/sync/noteCarets';
import type { SyncConfig } from './syncState';

/** What carets need of a presence connection to one document (a HocuspocusProvider). */
export interface CaretPresence {
  readonly awareness: { readonly clientID: number; getStates(): Map<number, unknown> } | null;
  setAwarenessField(key: string, value: unknown): void;
  destroy(): void;
}

/**
 * Presence on one document over an open connection (live sync's), with this member's name. Its
 * doc only listens: nothing is written into it, and the sync cycles exchange the note as before.
 */
export function notePresence(
  socket: HocuspocusProviderWebsocket,
  config: SyncConfig,
  name: string,
): HocuspocusProvider {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: new Y.Doc(),
    token: config.token,
  });
  provider.attach();
  provider.setAwarenessField('user', { name: config.member });
  return provider;
}

/**
 * An editor asks every 0.7 s while its note is open (renderer/notes/collab/useReplicaPull.ts). Past
 * this without a word (the page reloaded or crashed before it said it left), its presence closes.
 */
const LEASE_MS = 10_000;

interface Open {
  presence: CaretPresence;
  lease: ReturnType<typeof setTimeout> | null;
  /** The caret last published (JSON), so an unchanged one is not sent again. */
  sent: string;
}

/**
 * Collaborators' carets in the shared notes open in an editor here (docs/architecture.md,
 * "Co-editing a note"). Presence goes only on those notes' documents, from when an editor asks
 * until it leaves or its lease runs out: presence on every document of a notebook cost the server
 * one broadcast per document to every member (exchange.ts, awarenessFor). A caret is presence,
 * never part of the note.
 */
export class NoteCarets {
  private readonly open = new Map<string, Open>();

  constructor(
    private readonly notebookId: string,
    private readonly presenceOn: (name: string) => CaretPresence,
    private readonly leaseMs = LEASE_MS,
  ) {}

  /** Publishes this editor's caret in the note (null: not in the note's text) and gives the others'. */
  exchange(noteId: string, caret: Caret | null): PeerCaret[] {
    let entry = this.open.get(noteId);
    if (!entry) {
      const presence = this.presenceOn(docName(this.notebookId, 'note', noteId));
      entry = { presence, lease: null, sent: '' };
      this.open.set(noteId, entry);
    }
    if (entry.lease) clearTimeout(entry.lease);
    entry.lease = setTimeout(() => this.leave(noteId), this.leaseMs);
    entry.lease.unref?.();
    const sent = JSON.stringify(caret);
    if (sent !== entry.sent) {
      entry.presence.setAwarenessField('cursor', caret);
      entry.sent = sent;
    }
    const awareness = entry.presence.awareness;
    return awareness ? peerCarets(awareness.getStates(), awareness.clientID) : [];
  }

  /** The editor closed the note: its presence there ends (the others' carets of it go). */
  leave(noteId: string): void {
    const entry = this.open.get(noteId);
    if (!entry) return;
    if (entry.lease) clearTimeout(entry.lease);
    this.open.delete(noteId);
    entry.presence.destroy();
  }

  /** Notes with presence open here: only those an editor holds. */
  notes(): string[] {
    return [...this.open.keys()];
  }

  close(): void {
    for (const noteId of [...this.open.keys()]) this.leave(noteId);
  }
}
