import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { changesOfRecord } from '../../../shared/sync/recordDoc';
import { addReply, MAX_REPLY_CHARS, readReplies, REPLIES, type Reply } from '../../../shared/sync/replies';
import type { NotebookStore } from '../../store/notebookStore';
import { changeTime } from './clock';
import { LocalDocs } from './localDocs';
import type { SyncConfig } from './syncState';

/**
 * A reply to an existing highlight, kept in the notebook's replies document (persisted in `sync/`)
 * and sent at the next exchange. The only change a reviewer can share; an editor may reply too.
 */
export async function replyToHighlight(
  store: NotebookStore,
  config: SyncConfig,
  input: { sourceId: string; highlightId: string; text: string },
): Promise<Reply> {
  const text = input.text.trim();
  if (text === '' || text.length > MAX_REPLY_CHARS)
    throw new AppError('INVALID_INPUT', `A reply needs between 1 and ${MAX_REPLY_CHARS} characters.`);
  const highlights = store.find('sources', input.sourceId)
    ? await store.highlights.forGroup(input.sourceId)
    : [];
  if (!highlights.some((h) => h.id === input.highlightId))
    throw new AppError('NOT_FOUND', 'That highlight is not in this notebook (it may have been deleted).');
  const reply: Reply = { id: newId(), sourceId: input.sourceId, highlightId: input.highlightId, text };
  const docs = new LocalDocs(store.dir, config.notebookId);
  try {
    addReply(await docs.open('replies'), reply, config.member, changeTime());
    await docs.idle();
  } finally {
    await docs.close();
  }
  return reply;
}

export type ReplyInfo = Reply & { by: string; at: string; orphaned: boolean };

/**
 * The replies this notebook holds with who wrote them and when, each marked orphaned when its
 * highlight is no longer here: shown as such, never attached elsewhere (docs/sync.md).
 */
export async function repliesOf(store: NotebookStore, config: SyncConfig): Promise<ReplyInfo[]> {
  const docs = new LocalDocs(store.dir, config.notebookId);
  try {
    const doc = await docs.open('replies');
    const out: ReplyInfo[] = [];
    for (const reply of readReplies(doc)) {
      const first = changesOfRecord(doc, REPLIES, reply.id)[0];
      const here = store.find('sources', reply.sourceId)
        ? (await store.highlights.forGroup(reply.sourceId)).some((h) => h.id === reply.highlightId)
        : false;
      out.push({ ...reply, by: first?.by ?? '', at: first?.at ?? '', orphaned: !here });
    }
    return out;
  } finally {
    await docs.close();
  }
}
