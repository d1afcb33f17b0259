import { z } from 'zod';

/**
 * Collaborators' carets in a shared note (docs/architecture.md, "Co-editing a note"). A caret is a
 * selection held as two Yjs relative positions (y-tiptap's cursor plugin writes them as JSON), so it
 * points at the same characters in every replica of the note's doc. Carets travel as presence
 * (awareness) only: they are never written into the note's doc, its stored body or a packet.
 */

/** Longest name shown beside a caret; a longer one from a peer is cut, not refused. */
export const MAX_CARET_NAME = 80;
/** How many collaborators' carets one note shows (presence from the server is untrusted). */
export const MAX_PEER_CARETS = 32;

const id = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });

/** Y.RelativePosition as JSON (Y.relativePositionToJSON), bounded: it comes from a page or a peer. */
const relativePositionSchema = z
  .object({
    type: id.nullable().optional(),
    tname: z.string().max(100).nullable().optional(),
    item: id.nullable().optional(),
    assoc: z.number().int().optional(),
  })
  .strict();

export const caretSchema = z
  .object({ anchor: relativePositionSchema, head: relativePositionSchema })
  .strict();

export type Caret = z.infer<typeof caretSchema>;

/** Another member's caret in the note, with the name the notebook knows them by. */
export interface PeerCaret {
  /** Their presence's id: stable while they keep the note open, distinct per open editor. */
  clientId: number;
  name: string;
  caret: Caret;
}

/**
 * The carets to show from the presence states of a note's doc (everyone's, as the server relays
 * them): others only, with a name and a well-formed caret, in a stable order. A state that is
 * malformed is left out, never guessed at.
 */
export function peerCarets(states: ReadonlyMap<number, unknown>, ownClientId: number): PeerCaret[] {
  const peers: PeerCaret[] = [];
  for (const [clientId, state] of states) {
    if (clientId === ownClientId || typeof state !== 'object' || state === null) continue;
    const { user, cursor } = state as { user?: { name?: unknown }; cursor?: unknown };
    const name = typeof user?.name === 'string' ? user.name.trim().slice(0, MAX_CARET_NAME) : '';
    const caret = caretSchema.safeParse(cursor);
    if (name === '' || !caret.success) continue;
    peers.push({ clientId, name, caret: caret.data });
  }
  return peers.sort((a, b) => a.clientId - b.clientId).slice(0, MAX_PEER_CARETS);
}
