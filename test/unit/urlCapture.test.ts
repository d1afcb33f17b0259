import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureUrl } from '../../electron/import/url/captureUrl';

let server: Server;
let base: string;
let hits: string[] = [];
const trickles = new Set<NodeJS.Timeout>();

/** Routes: /page, /hop/N (redirects N more times, then /page), /ftp, /missing, /broken, /big, /slow, /image, /pdf. */
function route(path: string, res: ServerResponse): void {
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (path === '/page') {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<html><body><p>Invented page.</p></body></html>');
  } else if (hop) {
    const left = Number(hop[1]);
    res.writeHead(302, { location: left > 1 ? `/hop/${left - 1}` : '/page' }).end();
  } else if (path === '/ftp') {
    res.writeHead(301, { location: 'ftp://files.example/report.txt' }).end();
  } else if (path === '/missing') {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>gone</p>');
  } else if (path === '/broken') {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
  } else if (path === '/big') {
    // No content-length: the cap has to be enforced while streaming.
    res.writeHead(200, { 'content-type': 'text/plain' });
    let sent = 0;
    const more = (): void => {
      while (sent < 64 * 1024) {
        sent += 512;
        if (!res.write('x'.repeat(512))) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  } else if (path === '/slow') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    const timer = setInterval(() => res.write('<p>still coming</p>'), 100);
    trickles.add(timer);
    res.on('close', () => clearInterval(timer));
  } else if (path === '/image') {
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  } else if (path === '/pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n');
  } else {
    res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    route(req.url ?? '', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of trickles) clearInterval(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  hits = [];
});

const failure = (promise: Promise<unknown>, message: string | RegExp): Promise<void> =>
  expect(promise).rejects.toMatchObject({ code: 'IMPORT_FAILED', message });

describe('captureUrl', () => {
  it('captures a 200 HTML page', async () => {
    const result = await captureUrl(`${base}/page`);
    expect(result).toMatchObject({
      finalUrl: `${base}/page`,
      status: 200,
      contentType: 'text/html',
      redirects: [],
    });
    expect(new TextDecoder().decode(result.bytes)).toContain('Invented page.');
  });

  it('follows a chain of 3 redirects and records each hop', async () => {
    const result = await captureUrl(`${base}/hop/3`);
    expect(result.redirects).toEqual([`${base}/hop/2`, `${base}/hop/1`, `${base}/page`]);
    expect(result.finalUrl).toBe(`${base}/page`);
    expect(hits).toEqual(['/hop/3', '/hop/2', '/hop/1', '/page']);
  });

  it('stops after 5 redirects when there are 6', async () => {
    await failure(
      captureUrl(`${base}/hop/6`),
      `“${base}/hop/6” redirected more than 5 times, so it was not captured.`,
    );
    expect(hits).toHaveLength(6);
  });

  it('does not follow a redirect to a non-web scheme', async () => {
    await failure(
      captureUrl(`${base}/ftp`),
      `“${base}/ftp” redirected to “ftp://files.example/report.txt”, which is not a web address, so it was not followed.`,
    );
  });

  it.each([
    ['/missing', '404 Not Found'],
    ['/broken', '500 Internal Server Error'],
  ])('reports the status for %s', async (path, status) => {
    await failure(
      captureUrl(`${base}${path}`),
      `“${base}${path}” could not be captured: the site answered ${status}.`,
    );
  });

  it('stops reading a body that passes the size cap', async () => {
    await failure(
      captureUrl(`${base}/big`, { maxBytes: 1024 }),
      `“${base}/big” is larger than 1 KB, so it was not captured.`,
    );
  });

  it('gives up on a body that trickles past the deadline', async () => {
    const started = Date.now();
    await failure(
      captureUrl(`${base}/slow`, { timeoutMs: 300 }),
      `“${base}/slow” did not finish loading within 300 ms, so it was not captured.`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses content that is not a page, text or PDF, naming the type', async () => {
    await failure(
      captureUrl(`${base}/image`),
      `“${base}/image” is “image/png”, not a web page, text or PDF, so it was not captured.`,
    );
  });

  it('accepts a PDF by link', async () => {
    const result = await captureUrl(`${base}/pdf`);
    expect(result.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(result.bytes)).toBe('%PDF-1.4\n');
  });

  it.each(['file:///etc/passwd', 'ftp://files.example/a', 'javascript:alert(1)', 'data:text/html,<p>x</p>'])(
    'refuses %s without making a request',
    async (url) => {
      const calls: unknown[] = [];
      const fetchImpl = ((...args: unknown[]) => {
        calls.push(args);
        return Promise.reject(new Error('should not be called'));
      }) as typeof fetch;
      await failure(
        captureUrl(url, { fetchImpl }),
        `“${url}” was not captured: only http and https addresses can be imported.`,
      );
      expect(calls).toHaveLength(0);
    },
  );

  it('says when the address is not an address', async () => {
    await failure(captureUrl('not a url'), '“not a url” is not a web address.');
  });

  it('says when nothing is listening', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await failure(
      captureUrl(`http://127.0.0.1:${port}/`),
      /could not be reached: the connection was refused\.$/,
    );
  });
});
