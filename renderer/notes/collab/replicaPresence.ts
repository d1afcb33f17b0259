import { ObservableV2 } from 'lib0/observable';
import * as Y from 'yjs';
import type { Caret, PeerCaret } from '../../../shared/sync/noteCarets';
import { CARET_COLOURS, caretSlot } from './caretColours';

type State = Record<string, unknown>;
type Changes = { added: number[]; updated: number[]; removed: number[] };

/**
 * The presence a replica's editor shows carets from: the part of y-protocols' Awareness that
 * y-tiptap's cursor plugin uses (local state in, everyone's states out, a change event). The
 * page has no connection of its own (docs/architecture.md, "Co-editing a note"): this editor's
 * caret is read from here and sent to main, and the others' arrive from main (`setPeers`).
 */
export class ReplicaPresence extends ObservableV2<{ change: (changes: Changes, origin: unknown) => void }> {
  private local: State = {};
  private peers = new Map<number, State>();
  private seen = '';

  /** `clientID` is the replica doc's: the cursor plugin leaves out the state under it. */
  constructor(readonly clientID: number) {
    super();
  }

  getLocalState(): State {
    return this.local;
  }

  setLocalState(state: State | null): void {
    this.local = state ?? {};
  }

  setLocalStateField(field: string, value: unknown): void {
    this.local = { ...this.local, [field]: value };
  }

  getStates(): Map<number, State> {
    const states = new Map(this.peers);
    states.set(this.clientID, this.local);
    return states;
  }

  /** This editor's caret to publish: its selection while the editor has focus, else null. */
  caret(): Caret | null {
    const cursor = this.local.cursor as { anchor: Y.RelativePosition; head: Y.RelativePosition } | null;
    if (!cursor) return null;
    const json = (position: Y.RelativePosition) => Y.relativePositionToJSON(position) as Caret['anchor'];
    return { anchor: json(cursor.anchor), head: json(cursor.head) };
  }

  /** The others' carets as main last gave them; the editor redraws only when they changed. */
  setPeers(peers: PeerCaret[]): void {
    const seen = JSON.stringify(peers);
    if (seen === this.seen) return;
    this.seen = seen;
    const before = new Set(this.peers.keys());
    this.peers = new Map(
      peers
        .filter((peer) => peer.clientId !== this.clientID)
        .map((peer) => [
          peer.clientId,
          // `color` is what the plugin requires; the caret's own colours come from its slot.
          {
            user: {
              name: peer.name,
              slot: caretSlot(peer.name),
              color: CARET_COLOURS[caretSlot(peer.name)]!.light,
            },
            cursor: peer.caret,
          },
        ]),
    );
    const now = [...this.peers.keys()];
    const changes = {
      added: now.filter((id) => !before.has(id)),
      updated: now.filter((id) => before.has(id)),
      removed: [...before].filter((id) => !this.peers.has(id)),
    };
    this.emit('change', [changes, 'main']);
  }
}
