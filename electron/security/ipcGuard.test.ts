import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/contract/contract';
import { AppError } from '../../shared/errors';
import { createIpcHandler } from './ipcGuard';

const origins = ['app://research-notebook'];
const info = { id: 'n1', name: 'Notebook', path: '/tmp/n', sourceCount: 0, notices: [], recent: [] };

function fakeHandlers() {
  const getNotebookInfo = vi.fn(() => Promise.resolve(info));
  const deleteSource = vi.fn(() =>
    Promise.reject(new AppError('NOT_FOUND', 'That source is not in this notebook.')),
  );
  return { handlers: { getNotebookInfo, deleteSource } as unknown as Handlers, getNotebookInfo };
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

describe('createIpcHandler', () => {
  it('dispatches a call from our own page', async () => {
    const { handlers, getNotebookInfo } = fakeHandlers();
    const handle = createIpcHandler('getNotebookInfo', () => handlers, origins);
    await expect(handle(from('app://research-notebook/index.html'), {})).resolves.toEqual({
      ok: true,
      result: info,
    });
    expect(getNotebookInfo).toHaveBeenCalledOnce();
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'about:blank', null])(
    'refuses a call from %s without reaching the handler',
    async (url) => {
      const { handlers, getNotebookInfo } = fakeHandlers();
      const handle = createIpcHandler('getNotebookInfo', () => handlers, origins);
      const outcome = await handle(from(url), {});
      expect(outcome).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(getNotebookInfo).not.toHaveBeenCalled();
    },
  );

  it('validates input before the handler runs', async () => {
    const { handlers, getNotebookInfo } = fakeHandlers();
    const handle = createIpcHandler('getNotebookInfo', () => handlers, origins);
    const outcome = await handle(from('app://research-notebook/'), { sneaky: true });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(getNotebookInfo).not.toHaveBeenCalled();
  });

  it('returns handler errors in the shared shape', async () => {
    const { handlers } = fakeHandlers();
    const handle = createIpcHandler('deleteSource', () => handlers, origins);
    const outcome = await handle(from('app://research-notebook/'), {
      id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That source is not in this notebook.' },
    });
  });

  it('answers in the shared shape when there is no notebook to call', async () => {
    const handle = createIpcHandler(
      'getNotebookInfo',
      () => {
        throw new AppError('IO_ERROR', 'The notebook is closing.');
      },
      origins,
    );
    await expect(handle(from('app://research-notebook/'), {})).resolves.toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'The notebook is closing.' },
    });
  });
});
