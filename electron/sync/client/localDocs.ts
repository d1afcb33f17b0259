import { join } from 'node:path';
import type * as Y from 'yjs';
import { docName, type DocKind } from '../../../shared/sync/docNames';
import { openPersistedDoc, type UpdateLog } from '../updateLog';
import { SYNC_FOLDER } from './syncState';

/** A shared notebook's Yjs documents, each persisted in `sync/docs/` as it changes (docs/sync.md). */
export class LocalDocs {
  private readonly docs = new Map<string, { doc: Y.Doc; log: UpdateLog }>();
  private readonly opening = new Map<string, Promise<Y.Doc>>();

  /** `groupCommit`: changes are fsynced together by idle() (see UpdateLog.open); idle() before relying on them. */
  constructor(
    private readonly notebookDir: string,
    readonly notebookId: string,
    private readonly options: { groupCommit?: boolean } = {},
  ) {}

  /** The document of a name, opened (and loaded from its log) on first use. */
  open(kind: DocKind, id = ''): Promise<Y.Doc> {
    const name = docName(this.notebookId, kind, id);
    const known = this.opening.get(name);
    if (known) return known;
    const file = join(this.notebookDir, SYNC_FOLDER, 'docs', `${name.replace(/\//g, '~')}.yupdates`);
    const opened = openPersistedDoc(file, undefined, this.options).then(({ doc, log }) => {
      this.docs.set(name, { doc, log });
      return doc;
    });
    this.opening.set(name, opened);
    return opened;
  }

  /** Every open document by name. */
  entries(): Array<[string, Y.Doc]> {
    return [...this.docs].map(([name, { doc }]) => [name, doc]);
  }

  /** Resolves once every change so far is on disk; rejects if a write failed. */
  async idle(): Promise<void> {
    await Promise.all([...this.docs.values()].map(({ log }) => log.idle()));
  }

  async close(): Promise<void> {
    await Promise.all([...this.docs.values()].map(({ log }) => log.close()));
    for (const { doc } of this.docs.values()) doc.destroy();
  }
}
