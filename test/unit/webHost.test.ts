import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames } from '../../shared/contract';
import { NotebookSession } from '../../electron/session/notebookSession';
import { startWebHost, type WebHost } from '../../electron/web/webHost';
import { tempDir } from './helpers/tempDir';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(options: {
  port: number;
  host?: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  address?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: {
          Host: options.host ?? `127.0.0.1:${options.port}`,
          'Content-Type': 'application/json',
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.method === 'GET' ? undefined : (options.body ?? '{}'));
  });
}

describe('loopback web host', () => {
  let session: NotebookSession;
  let host: WebHost;
  const auth = () => ({ Authorization: `Bearer ${host.token}` });

  let root: string;

  beforeAll(async () => {
    // Not the per-test temp helper: this notebook must outlive every test in the block.
    root = await mkdtemp(join(tmpdir(), 'rn-webhost-'));
    session = await NotebookSession.open({ notebookDir: join(root, 'nb'), userDataDir: null });
    host = await startWebHost({
      handlers: session.handlers,
      rendererDir: join(__dirname, '../fixtures/renderer'),
    });
  });
  afterAll(async () => {
    await host.close();
    await session.close();
    await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  });

  it('answers a call with the right token', async () => {
    const reply = await call({ port: host.port, path: '/api/listSources', headers: auth() });
    expect([reply.status, reply.body]).toEqual([200, JSON.stringify({ ok: true, result: [] })]);
  });

  it('refuses a request without a token with 401', async () => {
    const reply = await call({ port: host.port, path: '/api/listSources' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a wrong token with 401', async () => {
    const wrong = await call({
      port: host.port,
      path: '/api/listSources',
      headers: { Authorization: `Bearer ${host.token}x` },
    });
    const scheme = await call({
      port: host.port,
      path: '/api/listSources',
      headers: { Authorization: host.token },
    });
    expect([wrong.status, scheme.status]).toEqual([401, 401]);
  });

  it('refuses a foreign Host (DNS rebinding) with 403, even with the token', async () => {
    for (const badHost of ['evil.example:80', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const reply = await call({ port: host.port, host: badHost, path: '/api/listSources', headers: auth() });
      expect(reply.status, badHost).toBe(403);
    }
    const page = await call({ port: host.port, host: 'evil.example', path: '/', method: 'GET' });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin (cross-site request) with 403', async () => {
    const reply = await call({
      port: host.port,
      path: '/api/listSources',
      headers: { ...auth(), Origin: 'https://evil.example' },
    });
    expect(reply.status).toBe(403);
    const same = await call({
      port: host.port,
      path: '/api/listSources',
      headers: { ...auth(), Origin: `http://localhost:${host.port}` },
      host: `localhost:${host.port}`,
    });
    expect(same.status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(
        call({ port: host.port, path: '/api/listSources', address: external.address }),
      ).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });
    }
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('validates input and reports errors in the one shape', async () => {
    const reply = await call({
      port: host.port,
      path: '/api/getSource',
      headers: auth(),
      body: '{"id":"x"}',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const broken = await call({ port: host.port, path: '/api/getSource', headers: auth(), body: '{' });
    expect(broken.status).toBe(400);
    const unknown = await call({ port: host.port, path: '/api/formatDisk', headers: auth() });
    expect(JSON.parse(unknown.body)).toMatchObject({ error: { code: 'UNKNOWN_CALL' } });
  });

  it('lists every call with its input JSON Schema', async () => {
    const reply = await call({ port: host.port, path: '/api/contract', method: 'GET', headers: auth() });
    const listed = JSON.parse(reply.body) as Array<{ name: string; input: { type?: string } }>;
    expect(listed.map((c) => c.name)).toEqual([...callNames]);
    expect(listed.find((c) => c.name === 'getSource')?.input).toMatchObject({
      type: 'object',
      required: ['id'],
    });
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await call({ port: host.port, path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('fixture renderer');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const escape = await call({ port: host.port, path: '/..%2f..%2fpackage.json', method: 'GET' });
    expect(escape.status).toBe(404);
  });
});

it('`npm run web` prints one ready line with a fresh token', async () => {
  const dir = join(await tempDir(), 'nb');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/start.ts', '--notebook', dir, '--user-data', join(dir, '..', 'ud')],
    {
      cwd: join(__dirname, '../..'),
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  expect(line).toMatch(/^Notebook ready at http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
});
