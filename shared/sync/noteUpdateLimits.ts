// Limits of one co-editing message, apart from noteCollab so the contract can check them without
// loading Yjs or ProseMirror.
import { MAX_NOTE_CHARS } from '../notes/noteSchema';

/** One update may carry at most a whole note's worth of text, with Yjs's per-item overhead. */
export const MAX_NOTE_UPDATE_BYTES = 4 * MAX_NOTE_CHARS;
/** Base64 of MAX_NOTE_UPDATE_BYTES, checked before decoding so nothing is inflated past the budget. */
export const MAX_NOTE_UPDATE_TEXT = Math.ceil(MAX_NOTE_UPDATE_BYTES / 3) * 4;
// Linear: one character class, then at most two '=' (no nested quantifier can backtrack).
export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
