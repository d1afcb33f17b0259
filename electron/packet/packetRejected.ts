import { AppError } from '../../shared/errors';

/** Why a packet was refused; tests and the UI can tell the cases apart by it. */
export type RejectReason =
  | 'not-zip'
  | 'too-many-entries'
  | 'unsafe-path'
  | 'duplicate-entry'
  | 'encrypted'
  | 'unsupported-compression'
  | 'zip-bomb'
  | 'damaged'
  | 'bad-manifest'
  | 'malformed-json'
  | 'wrong-type'
  | 'unknown-version'
  | 'integrity'
  | 'unexpected-file'
  | 'invalid-data';

/** Reasons that are about size, not damage: they get their own error code. */
const TOO_LARGE: ReadonlySet<RejectReason> = new Set(['zip-bomb', 'too-many-entries']);

/**
 * Throws the one error a refused packet produces: plain words and the reason in details; the code is
 * IMPORT_TOO_LARGE for a packet that is (or expands to) more than the app reads, else IMPORT_FAILED.
 */
export function rejectPacket(reason: RejectReason, message: string): never {
  throw new AppError(TOO_LARGE.has(reason) ? 'IMPORT_TOO_LARGE' : 'IMPORT_FAILED', message, { reason });
}

/** Refuses a packet that lists one id of a kind twice (a merge would otherwise pick one in silence). */
export function unique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      rejectPacket('invalid-data', `The packet was refused: it lists the ${kind} ${id} twice.`);
    seen.add(id);
  }
}
