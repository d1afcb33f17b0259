import {
  OutgoingMessage,
  type beforeHandleMessagePayload,
  type Extension,
  type Hocuspocus,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { docName, parseDocName, REFUSED_NOTICE } from '../../../shared/sync/docNames';
import { knownIds } from '../../../shared/sync/recordDoc';
import { checkReviewerUpdate, type Reply } from '../../../shared/sync/replies';

/** Hocuspocus message and Yjs sync-step numbers (y-protocols / @hocuspocus/common). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Whether every reply names a highlight of this notebook (the server loads the source's highlights).
 * One deleted since counts: the reply shows as orphaned, and refusing it would refuse, at every later
 * exchange, everything else the reviewer's client sends with it.
 */
async function highlightsExist(instance: Hocuspocus, notebookId: string, replies: Reply[]) {
  for (const reply of replies) {
    const direct = await instance.openDirectConnection(docName(notebookId, 'highlights', reply.sourceId));
    try {
      if (!direct.document || !knownIds(direct.document, 'highlights').includes(reply.highlightId))
        return false;
    } finally {
      await direct.disconnect();
    }
  }
  return true;
}

/**
 * The change a read-only (reviewer) connection sent, or null when the message carries none: a sync
 * reply holding nothing new is not a change (the same test Hocuspocus makes).
 */
function changeIn(update: Uint8Array, document: Y.Doc): { step: number; body: Uint8Array } | null {
  const decoder = decoding.createDecoder(update);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  const body = decoding.readVarUint8Array(decoder);
  if (Y.snapshotContainsUpdate(Y.snapshot(document), body)) return null;
  return { step, body };
}

/**
 * Every reviewer connection is read-only, so Hocuspocus drops its changes. Two things are added here
 * (docs/sync.md, "Who may do what"): on the replies document, an update that only adds replies to
 * highlights that exist (checkReviewerUpdate) is applied by the server itself and acknowledged;
 * anything else is refused and the member's client is told, so it can say so (the provider does not
 * surface Hocuspocus's own "not synced").
 */
export const reviewerGuard: Extension = {
  async beforeHandleMessage({
    connection,
    update,
    document,
    documentName,
    instance,
  }: beforeHandleMessagePayload) {
    if (!connection.readOnly) return;
    const change = changeIn(update, document);
    if (!change) return;
    const name = parseDocName(documentName);
    if (name?.kind === 'replies') {
      const check = checkReviewerUpdate(document, change.body);
      if (check.ok && (await highlightsExist(instance, name.notebookId, check.replies))) {
        Y.applyUpdate(document, change.body, connection);
        // Hocuspocus answers "not saved" to a read-only update; this says it was (a sync reply is
        // acknowledged by Hocuspocus itself once the document holds it).
        if (change.step === SYNC_UPDATE)
          connection.send(new OutgoingMessage(documentName).writeSyncStatus(true).toUint8Array());
        return;
      }
    }
    connection.sendStateless(REFUSED_NOTICE);
  },
};
