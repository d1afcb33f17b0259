import { join } from 'node:path';
import type { Extension, onLoadDocumentPayload, afterUnloadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { persistUpdates, UpdateLog } from '../updateLog';

/** File name of a document's log: its name with `/` spelled `~` (names are checked before this). */
function fileOf(dir: string, documentName: string): string {
  return join(dir, `${documentName.replace(/\//g, '~')}.yupdates`);
}

/**
 * Hocuspocus persistence on the update log (docs/sync.md, "Durability"): every update a document
 * receives is appended and fsynced as it arrives, so a crash loses nothing the server applied.
 */
export class LogPersistence implements Extension {
  private readonly logs = new Map<string, UpdateLog>();

  constructor(private readonly dir: string) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const { log, updates } = await UpdateLog.open(fileOf(this.dir, documentName));
    if (updates.length > 0) Y.applyUpdate(document, Y.mergeUpdates(updates), 'persisted');
    this.logs.set(documentName, log);
    persistUpdates(document, log);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const log = this.logs.get(documentName);
    this.logs.delete(documentName);
    await log?.close();
  }

  /** Resolves once everything received is on disk (stop waits for it). */
  async onDestroy(): Promise<void> {
    await Promise.all([...this.logs.values()].map((log) => log.close()));
  }
}
