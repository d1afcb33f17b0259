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

/** Throws the one error a refused packet produces: IMPORT_FAILED, plain words, and the reason in details. */
export function rejectPacket(reason: RejectReason, message: string): never {
  throw new AppError('IMPORT_FAILED', message, { reason });
}
