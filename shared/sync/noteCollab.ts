// Live co-editing of one note (docs/architecture.md, "Co-editing a note"): the editor in the
// renderer and the sync client in main hold replicas of the note's Y.Doc and exchange Yjs updates,
// never whole bodies, so two people typing at once both keep their text. Pure: no Node, no DOM,
// so the renderer (contextIsolation, no Node) and main share it.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { AppError } from '../errors';
import type { DocNode } from '../model';
import { NOTE_FIELD, readNoteFragment, writeNoteFragment } from './noteFragment';
import { BASE64, MAX_NOTE_UPDATE_BYTES, MAX_NOTE_UPDATE_TEXT } from './noteUpdateLimits';

export { MAX_NOTE_UPDATE_BYTES };

/** A Yjs update as contract text (contract calls carry JSON). */
export function encodeNoteUpdate(update: Uint8Array): string {
  return toBase64(update);
}

/** The update a contract call carried; a clear error for anything that is not one, before any work. */
export function decodeNoteUpdate(text: string): Uint8Array {
  if (text.length > MAX_NOTE_UPDATE_TEXT)
    throw new AppError('INVALID_INPUT', 'This note change is larger than a note may be.');
  if (text.length % 4 !== 0 || !BASE64.test(text))
    throw new AppError('INVALID_INPUT', 'This note change is not a Yjs update (bad base64).');
  return fromBase64(text);
}

/**
 * Checks an update on a copy of the note: it must be well-formed Yjs and touch only the note's
 * fragment. Returns the copy with the update applied. Throws (and changes nothing) otherwise.
 */
function probeUpdate(doc: Y.Doc, update: Uint8Array): Y.Doc {
  if (update.byteLength > MAX_NOTE_UPDATE_BYTES)
    throw new AppError('INVALID_INPUT', 'This note change is larger than a note may be.');
  const probe = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(probe, update);
  } catch {
    probe.destroy();
    throw new AppError('INVALID_INPUT', 'This note change is not a well-formed Yjs update.');
  }
  // Yjs creates a root type for every root name an update writes into.
  const roots = [...probe.share.keys()].filter((name) => name !== NOTE_FIELD);
  if (roots.length > 0) {
    probe.destroy();
    throw new AppError('INVALID_INPUT', 'This note change writes outside the note’s text.');
  }
  return probe;
}

/**
 * Applies an update from another replica (the editor, or the server through main) to the note's
 * doc, tagged with `origin` so the doc's listeners can tell whose change it was. Returns true when
 * the stored body it derives changed.
 */
export function applyNoteUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): boolean {
  const before = JSON.stringify(readNoteFragment(doc));
  probeUpdate(doc, update).destroy();
  Y.applyUpdate(doc, update, origin);
  return JSON.stringify(readNoteFragment(doc)) !== before;
}

/** The note's stored body, derived from its doc: the one thing the note's writer saves. */
export function noteBodyOf(doc: Y.Doc): DocNode & { type: 'doc' } {
  return readNoteFragment(doc);
}

/** What `doc` holds that a replica with `stateVector` lacks (all of it without one). */
export function noteUpdateSince(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  return Y.encodeStateAsUpdate(doc, stateVector);
}

/**
 * A body edited from an older state of the note, as the Yjs update that turns that state into
 * the body. Applied to the note's doc as it is now, the edit merges with everything others did
 * meanwhile instead of overwriting it (as writing the whole body into the doc would).
 */
export function rebaseNoteEdit(baseState: Uint8Array, body: DocNode): Uint8Array {
  const replica = new Y.Doc();
  try {
    Y.applyUpdate(replica, baseState);
    const before = Y.encodeStateVector(replica);
    writeNoteFragment(replica, body);
    return Y.encodeStateAsUpdate(replica, before);
  } finally {
    replica.destroy();
  }
}
