import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { callNames, contract, dispatch, type Handlers } from '../../shared/contract';
import { httpStatusOf, toErrorShape, type ErrorShape } from '../../shared/errors';
import { APP_HOST, APP_SCHEME } from '../protocol/appOrigin';
import { contentTypeFor } from '../protocol/contentType';
import { resolveAppAsset } from '../protocol/resolveAppAsset';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { checkHostAndOrigin, hasValidToken, isJsonContentType } from './requestGuard';

/** Largest request body accepted: a 50 MB file as base64 plus JSON framing. */
const MAX_BODY_BYTES = 70 * 1024 * 1024;

export interface WebHost {
  url: string;
  /** The address actually bound, read back from the socket. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(json);
}

/** Every failure leaves with the status its code maps to (shared/errors.ts), and the one error shape. */
function sendError(res: ServerResponse, error: ErrorShape): void {
  send(res, httpStatusOf[error.code], { ok: false, error });
}

/**
 * Refuses before reading the body: drop the body and the connection so it cannot be reused half-read.
 * `status` only for 405, which no error code stands for; otherwise the code's own.
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  error: ErrorShape,
  status = httpStatusOf[error.code],
): void {
  req.resume();
  send(res, status, { ok: false, error }, { Connection: 'close' });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Every call with its input as JSON Schema, for scripts and for checking the transport. */
function describeContract(): unknown {
  return callNames.map((name) => ({
    name,
    summary: contract[name].summary,
    method: 'POST',
    path: `/api/${name}`,
    input: z.toJSONSchema(contract[name].input, { unrepresentable: 'any' }),
  }));
}

async function serveStatic(res: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  const file = resolveAppAsset(rendererDir, `${APP_SCHEME}://${APP_HOST}${pathname}`);
  if (!file) return sendError(res, { code: 'NOT_FOUND', message: 'No such page.' });
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return sendError(res, { code: 'NOT_FOUND', message: 'No such page.' });
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  res.end(data);
}

/**
 * Serves the renderer and the contract over HTTP on 127.0.0.1 only, so the real
 * UI runs in a real browser. Same handlers as Electron's IPC, behind a bearer
 * token and Host/Origin checks.
 */
// Long because the request handler closes over the server's token and bound port.
export async function startWebHost(options: {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, toErrorShape(error));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const guard = checkHostAndOrigin({ host: req.headers.host, origin: req.headers.origin }, port);
    if (guard !== 'ok') {
      return refuse(req, res, {
        code: 'FORBIDDEN',
        message: 'Requests are only accepted from this app on this computer.',
      });
    }
    const { pathname } = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return refuse(req, res, { code: 'INVALID_INPUT', message: 'Method not allowed.' }, 405);
      }
      req.resume();
      return serveStatic(res, options.rendererDir, pathname);
    }
    if (!hasValidToken(req.headers.authorization, token)) {
      return refuse(req, res, {
        code: 'UNAUTHORIZED',
        message: 'This request needs the notebook’s access token.',
      });
    }
    const name = pathname.slice('/api/'.length);
    if (name === 'contract' && req.method === 'GET') return send(res, 200, describeContract());
    if (req.method !== 'POST')
      return refuse(req, res, { code: 'INVALID_INPUT', message: 'Use POST for calls.' }, 405);
    if (!isJsonContentType(req.headers['content-type'])) {
      return refuse(
        req,
        res,
        { code: 'INVALID_INPUT', message: 'Calls must be sent as JSON (Content-Type: application/json).' },
        415,
      );
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendError(res, {
        code: 'INVALID_INPUT',
        message: 'The request body is not valid JSON or is too large.',
      });
    }
    const outcome = await dispatch(options.handlers, name, input);
    if (outcome.ok) return send(res, 200, outcome);
    return sendError(res, outcome.error);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;
  return {
    address: bound.address,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
