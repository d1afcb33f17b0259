import type { IncomingMessage, ServerResponse } from 'node:http';
import { isNotebookId } from '../../../shared/sync/docNames';
import { sha256Hex } from '../../store/blobStore';
import type { ServerBlobs, Tokens } from './serverStores';

/** Largest blob accepted (an original file); bigger uploads are refused before they are buffered. */
const MAX_BLOB_BYTES = 200 * 1024 * 1024;
const BLOB_PATH = /^\/blobs\/([A-Za-z0-9_-]{1,64})\/([0-9a-f]{64})$/;

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

async function readBody(request: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > max) throw new HttpRefusal(413, 'Too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new HttpRefusal(413, 'Too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * The HTTP side of the sync server (docs/sync.md, "The server"): new shared notebooks and
 * content-addressed blobs per notebook, every blob request checked against the caller's token.
 * Returns false for paths it does not own.
 */
export function httpRoutes(blobs: ServerBlobs, tokens: Tokens) {
  async function blob(request: IncomingMessage, response: ServerResponse, nb: string, sha: string) {
    const grant = await tokens.check(bearer(request));
    if (!grant) throw new HttpRefusal(401, 'This invitation is not valid (wrong or revoked).');
    if (grant.notebookId !== nb) throw new HttpRefusal(403, 'This invitation is for another notebook.');
    if (request.method === 'PUT') {
      if (grant.role !== 'editor') throw new HttpRefusal(403, 'A reviewer cannot add files.');
      const body = await readBody(request, MAX_BLOB_BYTES);
      if (sha256Hex(body) !== sha) throw new HttpRefusal(400, 'The file does not match its hash.');
      await blobs.put(nb, body);
      return send(response, 201, '{}');
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (!(await blobs.has(nb, sha))) throw new HttpRefusal(404, 'No such file.');
      const bytes = await blobs.get(nb, sha);
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length });
      return void response.end(request.method === 'HEAD' ? undefined : bytes);
    }
    throw new HttpRefusal(405, 'Method not allowed.');
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    try {
      if (path === '/notebooks' && request.method === 'POST') {
        send(response, 201, JSON.stringify(await tokens.createNotebook()));
        return true;
      }
      const match = BLOB_PATH.exec(path);
      if (match && isNotebookId(match[1] ?? '')) {
        await blob(request, response, match[1] ?? '', match[2] ?? '');
        return true;
      }
      return false;
    } catch (error) {
      const status = error instanceof HttpRefusal ? error.status : 500;
      const message = error instanceof Error ? error.message : 'Server error.';
      if (!response.headersSent) send(response, status, JSON.stringify({ error: message }));
      else response.destroy();
      return true;
    }
  }
  return route;
}
