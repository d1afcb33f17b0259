import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { SyncStatus } from '../../../shared/contract/syncCalls';
import { docName } from '../../../shared/sync/docNames';
import type { NotebookStore } from '../../store/notebookStore';
import { QuietWebSocket } from './exchange';
import { notePresence } from './noteCarets';
import { runCycle } from './syncCycle';
import type { SyncConfig } from './syncState';

/** Runs one task at a time: sync cycles and the notebook's changing calls never interleave. */
export class Turns {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Between cycles when nothing wakes the loop: others' changes to highlights arrive within this. */
const IDLE_MS = 700;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 8_000;
/** A live cycle holds the notebook's turn: when the server stops answering, give the turn back soon. */
const LIVE_EXCHANGE_TIMEOUT_MS = 20_000;

/**
 * A shared notebook kept in step while it is open (docs/sync.md, "Live"): cycles run when this
 * member changes something, when the notebook document changes on the server, and every
 * IDLE_MS; failures retry with back-off. A presence connection to the notebook document tells
 * who else is here and wakes the loop at once when the notebook document changes remotely.
 */
// Long because: the loop, its wake-ups and the status it reports share one state.
export class LiveSync {
  private pending = 0;
  private refused = 0;
  private revision = 0;
  private stopped = false;
  private lastError: string | null = null;
  private lastExchangeAt: string | null = null;
  private cycleOk = false;
  /** Until the first cycle has ended the state is not known: it shows as syncing, not offline. */
  private tried = false;
  private wake: (() => void) | null = null;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly presence: HocuspocusProvider;
  private presenceUp = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly store: NotebookStore,
    private readonly config: SyncConfig,
    private readonly turns: Turns,
    /** Called after others' changes were written into the notebook files. */
    private readonly onApplied: () => void,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: config.server.replace(/^http/, 'ws'),
      WebSocketPolyfill: QuietWebSocket,
      delay: 200,
      minDelay: 200,
      maxDelay: LONGEST_RETRY_MS,
    });
    this.presence = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: docName(config.notebookId, 'notebook'),
      document: new Y.Doc(),
      token: config.token,
      onStatus: ({ status }) => {
        const up = status === WebSocketStatus.Connected;
        if (up && !this.presenceUp) this.poke();
        this.presenceUp = up;
      },
      onAuthenticationFailed: () => {
        this.lastError = 'The sync server refused this invitation (wrong or revoked).';
      },
    });
    this.presence.attach();
    this.presence.setAwarenessField('user', { name: config.member, role: config.role });
    this.presence.document.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== null && origin !== undefined) this.poke();
    });
    this.loop = this.run();
  }

  /** This member changed the notebook: exchange soon, and count it as waiting until then. */
  localChange(): void {
    this.pending++;
    this.poke();
  }

  status(): SyncStatus {
    const others = new Set<string>();
    this.presence.awareness?.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown } }).user;
      if (clientId !== this.presence.awareness?.clientID && typeof user?.name === 'string')
        others.add(user.name);
    });
    const online = this.cycleOk && this.presenceUp;
    return {
      shared: true,
      server: this.config.server,
      member: this.config.member,
      role: this.config.role,
      state: !this.tried ? 'syncing' : !online ? 'offline' : this.pending > 0 ? 'syncing' : 'connected',
      waiting: this.pending,
      refused: this.refused,
      others: [...others].sort(),
      revision: this.revision,
      lastError: online ? null : this.lastError,
      lastExchangeAt: this.lastExchangeAt,
    };
  }

  /** Presence on a shared note open in an editor, over this connection (NoteCarets opens it). */
  presenceOn(name: string): HocuspocusProvider {
    return notePresence(this.socket, this.config, name);
  }

  /** Stops the loop after the cycle under way (if any) and closes the presence connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.loop;
    this.presence.destroy();
    this.socket.destroy();
  }

  private poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    let retry = FIRST_RETRY_MS;
    while (!this.stopped) {
      const delay = (await this.cycle()) ? IDLE_MS : retry;
      this.tried = true;
      retry = this.cycleOk ? FIRST_RETRY_MS : Math.min(retry * 2, LONGEST_RETRY_MS);
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** One cycle in the notebook's turn; true when it completed. */
  private async cycle(): Promise<boolean> {
    const before = this.pending;
    try {
      const report = await this.turns.run(() =>
        runCycle(this.store, this.config, { timeoutMs: LIVE_EXCHANGE_TIMEOUT_MS, endOnClose: true }),
      );
      this.pending = Math.max(0, this.pending - before);
      this.refused = report.refused;
      this.cycleOk = true;
      this.lastError = null;
      this.lastExchangeAt = new Date().toISOString();
      if (report.applied > 0) {
        this.revision++;
        this.onApplied();
      }
      return true;
    } catch (error) {
      this.cycleOk = false;
      this.lastError = error instanceof Error ? error.message : String(error);
      return false;
    }
  }
}
