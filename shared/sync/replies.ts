// Reviewers' replies to highlights (docs/sync.md, "Who may do what"): the only thing a reviewer may
// write. Each reply is a record in the `<nb>/replies` document, kind `replies`, whose fields are the
// highlight it answers and its text. `checkReviewerUpdate` is the one rule the server applies.
import * as Y from 'yjs';
import { isChange, resolveRecord } from './recordLog';
import { readRecords, writeRecords } from './recordDoc';

export const REPLIES = 'replies';
/** Longest reply accepted (a comment, not a document). */
export const MAX_REPLY_CHARS = 10_000;
/** A record's fields as writeRecords writes them (its id among them). */
const REPLY_FIELDS = new Set(['id', 'sourceId', 'highlightId', 'text']);

export interface Reply {
  id: string;
  sourceId: string;
  highlightId: string;
  text: string;
}

/** A resolved record that is a well-formed reply, or null. */
export function asReply(id: string, record: Record<string, unknown> | null): Reply | null {
  if (!record || (record.id !== undefined && record.id !== id)) return null;
  const { sourceId, highlightId, text } = record;
  if (typeof sourceId !== 'string' || typeof highlightId !== 'string' || typeof text !== 'string')
    return null;
  if (text.trim() === '' || text.length > MAX_REPLY_CHARS) return null;
  return { id, sourceId, highlightId, text };
}

/** Every well-formed reply the document holds (others are left out: another member wrote them). */
export function readReplies(doc: Y.Doc): Reply[] {
  const out: Reply[] = [];
  for (const [id, record] of readRecords(doc, REPLIES)) {
    const reply = asReply(id, record);
    if (reply) out.push(reply);
  }
  return out;
}

/** Adds one reply as `by` at `at` (a new record: replies are never changed or deleted by reviewers). */
export function addReply(doc: Y.Doc, reply: Reply, by: string, at: string): void {
  const { id, sourceId, highlightId, text } = reply;
  writeRecords(doc, REPLIES, [{ id, sourceId, highlightId, text }], by, at, () => false);
}

export type ReviewerCheck = { ok: true; replies: Reply[] } | { ok: false; reason: string };

/** The ranges of ids (per client) an update creates. */
function createdIds(structs: ReadonlyArray<{ id: Y.ID; length: number }>): (id: Y.ID | null) => boolean {
  const ranges = new Map<number, Array<[number, number]>>();
  for (const s of structs) {
    const list = ranges.get(s.id.client) ?? [];
    list.push([s.id.clock, s.id.clock + s.length]);
    ranges.set(s.id.client, list);
  }
  return (id) => id !== null && (ranges.get(id.client) ?? []).some(([a, b]) => id.clock >= a && id.clock < b);
}

/**
 * Where each new item of an update goes: only into new entries of the replies map, or inside
 * items the same update creates. Returns the reason it does not, or null.
 */
function outsideNewReplies(structs: ReturnType<typeof Y.decodeUpdate>['structs'], existing: Set<string>) {
  const isNew = createdIds(structs);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) return 'not a reply';
    if (struct.origin !== null || struct.rightOrigin !== null) {
      if (!isNew(struct.origin) && struct.origin !== null) return 'changes an existing reply';
      if (!isNew(struct.rightOrigin) && struct.rightOrigin !== null) return 'changes an existing reply';
      continue;
    }
    const parent = struct.parent as unknown;
    if (typeof parent === 'string') {
      if (parent !== REPLIES || typeof struct.parentSub !== 'string') return 'not a reply';
      if (existing.has(struct.parentSub)) return 'changes an existing reply';
    } else if (!(parent instanceof Y.ID) || !isNew(parent)) return 'changes an existing reply';
  }
  return null;
}

/**
 * Whether an update a reviewer sent to the replies document only adds new, well-formed replies: it
 * deletes nothing, changes no existing reply and touches nothing else (checked on the update's own
 * items, before anything is applied). The caller then checks that each named highlight exists.
 * Pure: `current` is not changed.
 */
export function checkReviewerUpdate(current: Y.Doc, update: Uint8Array): ReviewerCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (decoded.ds.clients.size > 0) return { ok: false, reason: 'a reviewer deletes nothing' };
  const existing = new Set(current.getMap(REPLIES).keys());
  const outside = outsideNewReplies(decoded.structs, existing);
  if (outside) return { ok: false, reason: outside };
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(current));
  Y.applyUpdate(probe, update);
  if (probe.store.pendingStructs !== null) return { ok: false, reason: 'incomplete' };
  const replies: Reply[] = [];
  for (const [id, log] of probe.getMap(REPLIES).entries()) {
    if (existing.has(id)) continue;
    const changes: unknown[] = log instanceof Y.Array ? log.toArray() : [];
    if (!changes.every((c) => isChange(c) && 'f' in c && REPLY_FIELDS.has(c.f)))
      return { ok: false, reason: 'not a reply' };
    const reply = asReply(id, resolveRecord(changes.filter(isChange)));
    if (!reply) return { ok: false, reason: 'not a reply' };
    replies.push(reply);
  }
  return { ok: true, replies };
}
