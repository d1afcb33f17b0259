import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Server,
  type Extension,
  type onAuthenticatePayload,
  type onRequestPayload,
} from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import RedisClient from 'ioredis';
import { parseDocName } from '../../../shared/sync/docNames';
import { httpRoutes } from './httpRoutes';
import { LogPersistence } from './persistence';
import { PgPersistence } from './pgPersistence';
import { openPool, pgBlobs, pgTokens } from './pgStore';
import { reviewerGuard } from './reviewerGuard';
import { fileBlobs, type ServerBlobs, type Tokens } from './serverStores';
import { TokenStore } from './tokenStore';

/** The server answers on this machine only; other machines reach it through the newsroom's proxy. */
const LOOPBACK = '127.0.0.1';

export interface ServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  redisUrl?: string;
  /** Documents, tokens and blobs in PostgreSQL, for several servers behind one address. */
  postgresUrl?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  tokens: Tokens;
  stop(): Promise<void>;
}

/** Resolves once the client has connected and answered, so no message is lost between servers. */
function ready(client: RedisClient): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('end', () => reject(new Error('Redis could not be reached.')));
  });
}

function redisExtension(url: string): { extension: Extension; whenReady: Promise<void> } {
  const clients: RedisClient[] = [];
  const extension = new RedisExtension({
    createClient: () => {
      // A few tries, then give up: a server that cannot reach Redis must say so, not hang.
      const client = new RedisClient(url, {
        maxRetriesPerRequest: 3,
        retryStrategy: (n) => (n > 5 ? null : 200),
      });
      clients.push(client);
      return client;
    },
  });
  // The extension ships its own copy of @hocuspocus/server's types (3.4.4 beside our 3.4.3); the hooks
  // are the same, only the nominal types differ. It shares our single yjs.
  return {
    extension: extension as unknown as Extension,
    whenReady: Promise.all(clients.map(ready)).then(() => undefined),
  };
}

/**
 * Who may open a document: a valid token of that notebook. A reviewer's connections are all read-only:
 * its replies go through reviewerGuard, which applies only checked replies.
 */
function authenticate(tokens: Tokens) {
  return async ({ token, documentName, connectionConfig }: onAuthenticatePayload) => {
    const grant = await tokens.check(token);
    const doc = parseDocName(documentName);
    if (!grant || !doc || doc.notebookId !== grant.notebookId) throw new Error('Not allowed.');
    if (grant.role !== 'editor') connectionConfig.readOnly = true;
    return { role: grant.role };
  };
}

/**
 * Starts Hocuspocus on 127.0.0.1 with durable persistence, Redis when asked, and the HTTP routes
 * beside it (docs/sync.md, "The server"). Resolves once clients may connect.
 */
/** Where documents, tokens and blobs live: files in DIR for one server, PostgreSQL for several. */
async function openStores(options: ServerOptions): Promise<{
  persistence: Extension;
  tokens: Tokens;
  blobs: ServerBlobs;
  close: () => Promise<void>;
}> {
  if (options.postgresUrl) {
    const pool = await openPool(options.postgresUrl);
    return {
      persistence: new PgPersistence(pool),
      tokens: pgTokens(pool),
      blobs: pgBlobs(pool),
      close: () => pool.end(),
    };
  }
  await mkdir(join(options.dataDir, 'docs'), { recursive: true });
  return {
    persistence: new LogPersistence(join(options.dataDir, 'docs')),
    tokens: new TokenStore(join(options.dataDir, 'tokens.json')),
    blobs: fileBlobs(options.dataDir),
    close: () => Promise.resolve(),
  };
}

export async function startSyncServer(options: ServerOptions): Promise<RunningServer> {
  const { persistence, tokens, blobs, close } = await openStores(options);
  const extensions: Extension[] = [persistence, reviewerGuard];
  if (options.redisUrl) {
    const redis = redisExtension(options.redisUrl);
    await redis.whenReady;
    extensions.push(redis.extension);
  }
  const route = httpRoutes(blobs, tokens);
  const server = new Server({
    address: LOOPBACK,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    extensions,
    onAuthenticate: authenticate(tokens),
    onRequest: async ({ request, response }: onRequestPayload) => {
      // Rejecting with nothing tells Hocuspocus the request was answered here.
      if (await route(request, response)) throw null; // eslint-disable-line @typescript-eslint/only-throw-error
    },
  });
  try {
    await listening(server);
  } catch (error) {
    await close();
    throw error;
  }
  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir: options.dataDir,
    tokens,
    stop: async () => {
      await server.destroy();
      await close();
    },
  };
}

/**
 * Hocuspocus's listen() never settles when the port cannot be bound: its HTTP server emits 'error'
 * with nobody listening, which ends the process. A taken port rejects instead, with Node's own
 * error ("listen EADDRINUSE: address already in use …"), so the caller can say so.
 */
function listening(server: Server): Promise<void> {
  onLoopbackOnly(server.httpServer);
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.listen().then(() => {
      server.httpServer.off('error', reject);
      resolve();
    }, reject);
  });
}

/**
 * Hocuspocus 3 calls `httpServer.listen({ port, address })`, but Node's option is `host`: `address` is
 * ignored and the server listened on every interface, not on loopback as configured and documented
 * (README: put it behind the newsroom's TLS proxy). The one listen call is given the loopback host.
 */
function onLoopbackOnly(httpServer: HttpServer): void {
  const listen = httpServer.listen.bind(httpServer) as (
    options: ListenOptions,
    done?: () => void,
  ) => HttpServer;
  const loopback = (options: ListenOptions & { address?: string }, done?: () => void) =>
    listen({ port: options.port, host: LOOPBACK }, done);
  httpServer.listen = loopback as HttpServer['listen'];
}
