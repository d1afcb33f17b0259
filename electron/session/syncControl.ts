import { basename } from 'node:path';
import { contract, type CallName, type Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { HandlersOf, NotebookInfo, RecordChanges, SyncStatus } from '../../shared/contract';
import type { DocNode, NoteMeta } from '../../shared/model';
import type { NotebookStore } from '../store/notebookStore';
import { LiveSync, Turns } from '../sync/client/liveSync';
import { NoteCarets } from '../sync/client/noteCarets';
import { NoteRelay } from '../sync/client/noteRelay';
import { recordsInfo } from '../sync/client/recordInfo';
import { defaultMember, forgetShare, joinConfig, registerShare } from '../sync/client/shareJoin';
import { runCycle } from '../sync/client/syncCycle';
import { readSyncConfig, writeSyncConfig } from '../sync/client/syncState';

type SyncCalls = 'shareNotebook' | 'joinSharedNotebook' | 'getSyncStatus' | 'getRecordChanges';
/**
 * Calls that manage sharing or switch notebooks themselves (they stop and start live sync, which
 * waits for its turn): every other changing call takes the notebook's turn.
 */
const OWN_TURNS: ReadonlySet<CallName> = new Set<CallName>([
  'shareNotebook',
  'joinSharedNotebook',
  'openNotebook',
  'createNotebook',
  // The relay takes the turn itself and counts the change (it writes only when the body changed).
  'pushNoteUpdate',
]);

/** What sharing needs from the session: the open store, and making a new notebook to join into. */
export interface SyncHost {
  store(): NotebookStore;
  createNotebook(path: string, name: string): Promise<NotebookInfo>;
  /** Others' changes were written into the files: the search index must catch up. */
  changed(): void;
  /** The note's one writer, outside the turns (the relay calls it in its own turn). */
  saveNoteBody(id: string, doc: DocNode & { type: 'doc' }): Promise<NoteMeta>;
}

/**
 * The open notebook's sharing (docs/sync.md, "Live"): starts live sync when a shared notebook is
 * open, stops it when it closes, and answers the sharing calls. `turns` keeps sync cycles and the
 * notebook's changing calls from interleaving, so a cycle never writes over a change made meanwhile.
 */
export class SyncControl {
  readonly turns = new Turns();
  private live: LiveSync | null = null;
  /** Co-editing of notes while live sync runs (docs/architecture.md, "Co-editing a note"). */
  private relay: NoteRelay | null = null;
  /** Collaborators' carets in the shared notes open in an editor here. */
  private carets: NoteCarets | null = null;
  private enabled = false;

  constructor(private readonly host: SyncHost) {}

  /** Live sync runs only in the app's hosts (the CLI's one-shot sessions exchange with `sync`). */
  enable(): void {
    this.enabled = true;
  }

  /** Starts live sync if the open notebook is shared. */
  async attach(): Promise<void> {
    await this.detach();
    if (!this.enabled) return;
    const store = this.host.store();
    const config = await readSyncConfig(store.dir);
    if (!config) return;
    const live = new LiveSync(store, config, this.turns, () => this.host.changed());
    this.live = live;
    this.relay = new NoteRelay({
      store,
      config,
      turns: this.turns,
      saveBody: (id, doc) => this.host.saveNoteBody(id, doc),
      onLocalChange: () => live.localChange(),
    });
    this.carets = new NoteCarets(config.notebookId, (name) => live.presenceOn(name));
  }

  /** The open notebook's note relay, when it is shared and live. */
  noteRelay(): NoteRelay | null {
    return this.relay;
  }

  /** The open notebook's carets in notes, when it is shared and live. */
  noteCarets(): NoteCarets | null {
    return this.carets;
  }

  async detach(): Promise<void> {
    const live = this.live;
    this.live = null;
    this.relay = null;
    this.carets?.close();
    this.carets = null;
    await live?.stop();
  }

  /** Wraps the notebook's changing calls: each runs in its turn and counts as a change to exchange. */
  inTurns(handlers: Handlers): Handlers {
    const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
    for (const [name, handler] of Object.entries(handlers) as Array<
      [CallName, (input: never) => Promise<unknown>]
    >) {
      wrapped[name] =
        contract[name].readOnly || OWN_TURNS.has(name)
          ? handler
          : async (input) => {
              try {
                return await this.turns.run(() => handler(input));
              } finally {
                this.live?.localChange();
              }
            };
    }
    return wrapped as unknown as Handlers;
  }

  handlers(): HandlersOf<SyncCalls> {
    return {
      shareNotebook: async ({ server, name }) => {
        const dir = this.host.store().dir;
        const invitations = await this.turns.run(() => registerShare(dir, server, name ?? defaultMember()));
        await this.attach();
        return invitations;
      },
      joinSharedNotebook: ({ invitation, path, name }) => this.join(invitation, path, name),
      getSyncStatus: () => Promise.resolve<SyncStatus>(this.live?.status() ?? { shared: false }),
      getRecordChanges: async ({ kind, ids }): Promise<Record<string, RecordChanges>> => {
        if (!this.live) return {};
        return this.turns.run(() => recordsInfo(this.host.store().dir, kind, ids));
      },
    };
  }

  /**
   * Makes a new notebook in `path`, joins it to the shared notebook and runs the first exchange;
   * a refused or unreachable first exchange leaves the new notebook unshared and says why.
   */
  private async join(line: string, path: string, name?: string): Promise<NotebookInfo> {
    const config = joinConfig(line, name ?? defaultMember());
    await this.detach();
    const info = await this.host.createNotebook(path, basename(path));
    const store = this.host.store();
    await writeSyncConfig(store.dir, config);
    try {
      await this.turns.run(() => runCycle(store, config));
    } catch (error) {
      await forgetShare(store.dir);
      throw error instanceof AppError
        ? error
        : new AppError('IO_ERROR', 'Joining failed: the first exchange with the server did not complete.');
    }
    this.host.changed();
    await this.attach();
    return { ...info, sourceCount: store.sources().length };
  }
}
