import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames } from '../shared/contract/callNames';

const h = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: h.exposeInMainWorld },
  ipcRenderer: h.ipcRenderer,
}));

describe('preload', () => {
  beforeEach(() => {
    vi.resetModules();
    h.exposeInMainWorld.mockClear();
  });

  it('exposes exactly one object, `api`, with the contract calls and event helpers only', async () => {
    await import('./preload');
    expect(h.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = h.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual([...callNames, 'onEvent', 'onLibraryChanged'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or its methods', async () => {
    await import('./preload');
    const api = h.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
    const leaked = Object.values(api).filter((v) => Object.values(h.ipcRenderer).includes(v as never));
    expect(leaked).toEqual([]);
    expect(Object.values(api)).not.toContain(h.ipcRenderer);
  });
});
