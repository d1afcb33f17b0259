import { describe, expect, it, vi } from 'vitest';
import { callNames } from '../../shared/contract/callNames';
import { AppError } from '../../shared/errors';
import { createHttpApi } from './httpApi';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createHttpApi', () => {
  it('has a function for every call in the contract', () => {
    const api = createHttpApi('t', vi.fn());
    for (const name of callNames) expect(typeof api[name]).toBe('function');
  });

  it('POSTs JSON with the bearer token and returns the result', async () => {
    const fetchImpl = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(json(200, { ok: true, result: { status: 'imported', sourceId: 's', title: 'T' } })),
    );
    const api = createHttpApi('secret', fetchImpl);
    await expect(api.importText({ text: 'hello' })).resolves.toEqual({
      status: 'imported',
      sourceId: 's',
      title: 'T',
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/importText',
      expect.objectContaining({
        method: 'POST',
        body: '{"text":"hello"}',
        headers: expect.objectContaining({
          Authorization: 'Bearer secret',
          'Content-Type': 'application/json',
        }),
      }),
    );
  });

  it('throws the error shape the host sent, whatever the status', async () => {
    const api = createHttpApi('t', () =>
      Promise.resolve(
        json(422, {
          ok: false,
          error: { code: 'IMPORT_FAILED', message: '“a.png” is not a text document.', details: { x: 1 } },
        }),
      ),
    );
    const error = await api.importFile({ fileName: 'a.png', dataBase64: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toShape()).toEqual({
      code: 'IMPORT_FAILED',
      message: '“a.png” is not a text document.',
      details: { x: 1 },
    });
  });

  it.each([
    [
      'a body that is not JSON',
      () => Promise.resolve(new Response('<html>bad gateway</html>', { status: 502 })),
      'INTERNAL',
    ],
    ['JSON of the wrong shape', () => Promise.resolve(json(200, { hello: 1 })), 'INTERNAL'],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'IO_ERROR'],
  ])('turns %s into a readable error', async (_name, fetchImpl, code) => {
    const error = await createHttpApi('t', fetchImpl)
      .listSources({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).not.toMatch(/TypeError|undefined/);
  });

  it('sends no Authorization header without a token', async () => {
    const fetchImpl = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(json(200, { ok: true, result: [] })),
    );
    await createHttpApi(null, fetchImpl).listSources({});
    const init = fetchImpl.mock.calls[0]![1];
    expect(init.headers).not.toHaveProperty('Authorization');
  });
});
