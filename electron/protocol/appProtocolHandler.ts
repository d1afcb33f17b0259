import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { contentTypeFor } from './contentType';
import { resolveAppAsset } from './resolveAppAsset';

type ProtocolHandler = (request: Request) => Promise<Response>;

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Handler for `protocol.handle('app', …)`: serves files from the built renderer folder, read-only.
 * Written against the web `Request`/`Response` types so it runs (and is tested) in plain Node.
 */
export function createAppProtocolHandler(rootDir: string): ProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppAsset(rootDir, request.url);
    if (file === null) return plain(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      // Missing files and folders both end here; the page only ever asks for files the build made.
      return plain(404, 'Not found');
    }
    const headers = { ...baseHeaders, 'Content-Type': contentTypeFor(file) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
