import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Grant, Tokens } from './serverStores';

export class HttpRefusal extends Error {
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

export async function readBody(request: IncomingMessage, max: number): Promise<Buffer> {
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

export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** The caller's grant for this notebook: editor or reviewer; a wrong, revoked or foreign token gets nothing. */
export async function authorize(tokens: Tokens, request: IncomingMessage, nb: string): Promise<Grant> {
  const grant = await tokens.check(bearer(request));
  if (!grant) throw new HttpRefusal(401, 'This invitation is not valid (wrong or revoked).');
  if (grant.notebookId !== nb) throw new HttpRefusal(403, 'This invitation is for another notebook.');
  return grant;
}
