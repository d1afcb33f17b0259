import { describe, expect, it, vi } from 'vitest';
import { callNames, ipcChannel } from '../../shared/contract/callNames';
import { APP_EVENT_CHANNEL } from '../menu/appEvents';
import { buildBridgeApi, type BridgeIpc } from './bridgeApi';

type Listener = Parameters<BridgeIpc['on']>[1];

function fakeIpc(reply: unknown) {
  const listeners = new Set<Listener>();
  const ipc = {
    invoke: vi.fn((_channel: string, _input: unknown) => Promise.resolve(reply)),
    on: vi.fn((_channel: string, listener: Listener) => listeners.add(listener)),
    removeListener: vi.fn((_channel: string, listener: Listener) => listeners.delete(listener)),
  };
  const emit = (payload: unknown) => {
    for (const listener of listeners) listener({} as Parameters<Listener>[0], payload);
  };
  return { ipc, emit, listeners };
}

describe('buildBridgeApi', () => {
  it('has exactly one method per contract call, plus the event helpers', () => {
    const api = buildBridgeApi(fakeIpc({ ok: true, result: null }).ipc);
    expect(Object.keys(api).sort()).toEqual([...callNames, 'onEvent', 'onLibraryChanged'].sort());
  });

  it.each(callNames)('%s invokes its own channel and passes the outcome on', async (name) => {
    const { ipc } = fakeIpc({ ok: true, result: { name } });
    const api = buildBridgeApi(ipc);
    const call = api[name] as (input: unknown) => Promise<unknown>;
    await expect(call({ some: 'input' })).resolves.toEqual({ ok: true, result: { name } });
    expect(ipc.invoke).toHaveBeenCalledWith(ipcChannel(name), { some: 'input' });
  });

  it('sends {} when called without input', async () => {
    const { ipc } = fakeIpc({ ok: true, result: 1 });
    await buildBridgeApi(ipc).listSources(undefined as unknown as Record<string, never>);
    expect(ipc.invoke).toHaveBeenCalledWith('rn:listSources', {});
  });

  it('passes a failure on as its outcome, whole, for the page to turn into the one AppError', async () => {
    const failed = {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That source is gone.', details: { id: 'x' } },
    };
    const { ipc } = fakeIpc(failed);
    await expect(buildBridgeApi(ipc).getSource({ id: 'x' })).resolves.toEqual(failed);
  });

  it('passes on app events without the raw IPC event, and stops on unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpc(null);
    const api = buildBridgeApi(ipc);
    const seen: unknown[] = [];
    const stop = api.onEvent((event) => seen.push(event));
    expect(ipc.on).toHaveBeenCalledWith(APP_EVENT_CHANNEL, expect.any(Function));
    emit({ type: 'find', extra: 'dropped' });
    emit({ type: 'not-an-event' });
    emit('garbage');
    stop();
    emit({ type: 'find' });
    expect(seen).toEqual([{ type: 'find' }]);
    expect(listeners.size).toBe(0);
  });

  it('onLibraryChanged fires only for library-changed', () => {
    const { ipc, emit } = fakeIpc(null);
    const listener = vi.fn();
    buildBridgeApi(ipc).onLibraryChanged(listener);
    emit({ type: 'new-note' });
    emit({ type: 'library-changed' });
    expect(listener).toHaveBeenCalledOnce();
  });
});
