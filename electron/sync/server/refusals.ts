import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { REFUSED_NOTICE } from '../../../shared/sync/docNames';

/** Hocuspocus message and Yjs sync-step numbers (y-protocols / @hocuspocus/common). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Hocuspocus drops a read-only connection's changes and answers only "not synced", which the
 * provider does not surface. This tells the member's client, so it can say so (docs/sync.md).
 */
export const refusalNotices: Extension = {
  beforeHandleMessage({ connection, update, document }: beforeHandleMessagePayload) {
    if (!connection.readOnly) return Promise.resolve();
    const decoder = decoding.createDecoder(update);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return Promise.resolve();
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return Promise.resolve();
    const body = decoding.readVarUint8Array(decoder);
    // A sync reply holding nothing new is not a change (the same test Hocuspocus makes).
    if (step === SYNC_STEP_2 && Y.snapshotContainsUpdate(Y.snapshot(document), body))
      return Promise.resolve();
    connection.sendStateless(REFUSED_NOTICE);
    return Promise.resolve();
  },
};
