import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { AppError } from '../../../shared/errors';
import { REFUSED_NOTICE } from '../../../shared/sync/docNames';
import type { SyncConfig } from './syncState';

/**
 * `ws` throws an unhandled 'error' when a socket is closed before it connected (an exchange closed
 * while the server is down); the provider learns of the failure from the close event anyway.
 */
export class QuietWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols);
    this.on('error', () => undefined);
  }
}

/**
 * Presence (awareness) only on the first document of an exchange: the socket's liveness check needs one
 * document that hears awareness, and nobody reads the others' (presence is liveSync's own provider).
 * Awareness on every document cost the server one broadcast per document to every other member, and
 * each client a renewal per document every 15 s: 50 members on a 1,000-source notebook never settled.
 */
export function awarenessFor(attached: number): { awareness?: null } {
  return attached === 0 ? {} : { awareness: null };
}

/** How long one exchange may wait on the server before it says so (loopback takes milliseconds). */
const EXCHANGE_TIMEOUT_MS = Number(process.env.RN_SYNC_TIMEOUT_MS ?? 120_000);

/**
 * The live link of a shared notebook: one WebSocket carrying every document (docs/sync.md, step 3).
 * `add` attaches documents; `settled` resolves once every attached document has been synced and the
 * server has acknowledged every local change, i.e. both sides hold the same state.
 */
export class Exchange {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();
  private refusal: AppError | null = null;
  private closed: AppError | null = null;
  /** Changes the server dropped because this member's role forbids them (it says so per message). */
  refusedByServer = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly config: SyncConfig,
    private readonly timeoutMs = EXCHANGE_TIMEOUT_MS,
    /**
     * Live cycles: a closed connection ends the exchange at once instead of waiting out `timeoutMs`
     * for a reconnect. A cycle holds the notebook's turn, so a server that stopped mid-exchange held
     * every change the reporter made meanwhile for that long; the next cycle tries again.
     */
    endOnClose = false,
  ) {
    const url = config.server.replace(/^http/, 'ws');
    this.socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: QuietWebSocket,
      delay: 100,
      minDelay: 100,
      maxDelay: 2000,
    });
    if (endOnClose)
      this.socket.on('close', () => {
        this.closed ??= new AppError('IO_ERROR', 'The connection to the sync server closed mid-exchange.');
        this.notify();
      });
  }

  add(name: string, document: Y.Doc): void {
    if (this.providers.has(name)) return;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document,
      ...awarenessFor(this.providers.size),
      token: this.config.token,
      onAuthenticationFailed: () => {
        this.refusal = new AppError(
          'INVALID_INPUT',
          'The sync server refused this invitation (wrong or revoked).',
        );
        this.notify();
      },
      onSynced: () => this.notify(),
      onStateless: ({ payload }) => {
        if (payload !== REFUSED_NOTICE) return;
        this.refusedByServer++;
        this.notify();
      },
      onUnsyncedChanges: () => this.notify(),
    });
    provider.attach();
    this.providers.set(name, provider);
  }

  /** Documents not yet synced, plus local changes the server has not acknowledged. */
  waiting(): { documents: number; changes: number } {
    let documents = 0;
    let changes = 0;
    for (const provider of this.providers.values()) {
      if (!provider.isSynced) documents++;
      changes += provider.unsyncedChanges;
    }
    return { documents, changes };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when both sides hold the same state; rejects when refused or nothing moves in time. */
  settled(): Promise<void> {
    return new Promise((resolve, reject) => {
      const silent = () =>
        finish(
          new AppError('IO_ERROR', 'The sync server stopped answering before everything was exchanged.'),
        );
      // Counted from the last sign of progress, not from the start: a large notebook takes long but moves.
      let timer = setTimeout(silent, this.timeoutMs);
      const check = () => {
        if (this.refusal) return finish(this.refusal);
        if (this.closed) return finish(this.closed);
        const { documents, changes } = this.waiting();
        if (documents === 0 && changes === 0) return finish();
        clearTimeout(timer);
        timer = setTimeout(silent, this.timeoutMs);
      };
      const stop = this.onChange(check);
      const finish = (error?: AppError) => {
        clearTimeout(timer);
        stop();
        if (error) reject(error);
        else resolve();
      };
      check();
    });
  }

  close(): void {
    // The socket first: it drops every provider's listeners at once. Each provider destroyed while
    // the socket still held them took its own out of lists as long as the number of documents,
    // quadratic in documents (8 s of CPU closing 50 exchanges of 1,000 documents).
    this.socket.destroy();
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
