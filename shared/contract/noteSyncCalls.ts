import { z } from 'zod';
import { idSchema, type NoteMeta } from '../model';
import { caretSchema, type PeerCaret } from '../sync/noteCarets';
import { BASE64, MAX_NOTE_UPDATE_TEXT } from '../sync/noteUpdateLimits';
import { call } from './callDef';

/** A Yjs update or state vector as base64 (checked again by decodeNoteUpdate before use). */
const yjsText = z.string().max(MAX_NOTE_UPDATE_TEXT).regex(BASE64, 'Give a Yjs update as base64.');

/** The note's doc for the editor's replica, or `shared: false` when the editor saves bodies as always. */
export type NoteReplicaState = { shared: false } | { shared: true; state: string };

// Co-editing a note in a shared notebook (docs/architecture.md, "Co-editing a note").
export const noteSyncCalls = {
  openNoteReplica: call<NoteReplicaState>()(
    'The note’s shared document as one Yjs update, when the notebook is shared',
    z.object({ id: idSchema }).strict(),
    // Seeding an unshared body into the note's doc is not a change the reporter made.
    { readOnly: true },
  ),
  pushNoteUpdate: call<NoteMeta>()(
    'Apply the editor’s Yjs update to the shared note and save the body it derives',
    z.object({ id: idSchema, update: yjsText }).strict(),
  ),
  pullNoteUpdate: call<{ update: string }>()(
    'What the shared note holds that the editor’s replica (its state vector) lacks',
    z.object({ id: idSchema, stateVector: yjsText }).strict(),
    { readOnly: true },
  ),
  exchangeNoteCarets: call<{ peers: PeerCaret[] }>()(
    'Show this editor’s caret in a shared note to the others there (or leave), and get theirs',
    z.object({ id: idSchema, caret: caretSchema.nullable(), leaving: z.boolean().optional() }).strict(),
    // Presence only: a caret is never part of the note.
    { readOnly: true },
  ),
};
