import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BLOB_BYTES } from '../../../shared/sync/blobFrames';
import { isNotebookId } from '../../../shared/sync/docNames';
import { sha256Hex } from '../../store/blobStore';
import { batchDownload } from './blobBatch';
import { authorize, HttpRefusal, readBody, send } from './httpHelpers';
import type { ServerBlobs, Tokens } from './serverStores';

const BLOB_PATH = /^\/blobs\/([A-Za-z0-9_-]{1,64})\/([0-9a-f]{64}|batch)$/;

/**
 * The HTTP side of the sync server (docs/sync.md, "The server"): new shared notebooks and
 * content-addressed blobs per notebook, every blob request checked against the caller's token.
 * Returns false for paths it does not own.
 */
export function httpRoutes(blobs: ServerBlobs, tokens: Tokens) {
  async function blob(request: IncomingMessage, response: ServerResponse, nb: string, sha: string) {
    const grant = await authorize(tokens, request, nb);
    if (sha === 'batch') {
      if (request.method !== 'POST') throw new HttpRefusal(405, 'Method not allowed.');
      return batchDownload(blobs, nb, request, response);
    }
    if (request.method === 'PUT') {
      if (grant.role !== 'editor') throw new HttpRefusal(403, 'A reviewer cannot add files.');
      // Bigger uploads are refused before they are buffered.
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
