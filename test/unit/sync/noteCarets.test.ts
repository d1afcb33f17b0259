import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuietWebSocket } from '../../../electron/sync/client/exchange';
import { NoteCarets, notePresence, type CaretPresence } from '../../../electron/sync/client/noteCarets';
import { docName } from '../../../shared/sync/docNames';
import type { Caret } from '../../../shared/sync/noteCarets';
import { editorConfig, startServer, watchAwareness } from './syncHelpers';

const NOTE = '00000000-0000-4000-8000-0000000000a1';
const OTHER = '00000000-0000-4000-8000-0000000000a2';
const CARET: Caret = {
  anchor: { item: { client: 7, clock: 3 }, assoc: -1 },
  head: { item: { client: 7, clock: 5 }, assoc: -1 },
};

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const stop of cleanup.splice(0).reverse()) await stop();
});

describe('carets in a shared note, through a real server', () => {
  it('Ann’s caret reaches Bob with her name; presence travels on the open note only, and ends when she leaves', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const shared = await editorConfig(server, 'Ann');
    const { notebookId } = shared;
    const member = (name: string): NoteCarets => {
      const config = { ...shared, member: name };
      const socket = new HocuspocusProviderWebsocket({
        url: server.url.replace(/^http/, 'ws'),
        WebSocketPolyfill: QuietWebSocket,
      });
      const carets = new NoteCarets(notebookId, (doc) => notePresence(socket, config, doc));
      cleanup.push(() => {
        carets.close();
        socket.destroy();
      });
      return carets;
    };
    const sent = watchAwareness();
    const [ann, bob] = [member('Ann'), member('Bob')];

    ann.exchange(NOTE, CARET);
    await vi.waitFor(
      () =>
        expect(bob.exchange(NOTE, null)).toEqual([
          { clientId: expect.any(Number), name: 'Ann', caret: CARET },
        ]),
      {
        timeout: 20_000,
        interval: 50,
      },
    );
    // Bob has no caret in the text (null): Ann sees his presence but no caret of his.
    expect(ann.exchange(NOTE, CARET)).toEqual([]);
    expect(new Set(sent)).toEqual(new Set([docName(notebookId, 'note', NOTE)]));
    expect(ann.notes()).toEqual([NOTE]);

    ann.leave(NOTE);
    expect(ann.notes()).toEqual([]);
    await vi.waitFor(() => expect(bob.exchange(NOTE, null)).toEqual([]), { timeout: 20_000, interval: 50 });
  });
});

describe('NoteCarets', () => {
  const fakePresence = () => {
    const fields: Record<string, unknown> = {};
    const presence = {
      awareness: { clientID: 1, getStates: () => new Map<number, unknown>([[1, fields]]) },
      setAwarenessField: vi.fn((key: string, value: unknown) => (fields[key] = value)),
      destroy: vi.fn(),
    } satisfies CaretPresence;
    return presence;
  };

  it('opens presence per note an editor asks for, sends a caret only when it moved, and closes on leave or lease end', () => {
    vi.useFakeTimers();
    const opened: Array<[string, ReturnType<typeof fakePresence>]> = [];
    const carets = new NoteCarets(
      'nb',
      (name) => {
        const presence = fakePresence();
        opened.push([name, presence]);
        return presence;
      },
      1_000,
    );
    carets.exchange(NOTE, CARET);
    carets.exchange(NOTE, CARET);
    carets.exchange(OTHER, null);
    expect(opened.map(([name]) => name)).toEqual([docName('nb', 'note', NOTE), docName('nb', 'note', OTHER)]);
    const [[, first], [, second]] = opened as [
      [string, ReturnType<typeof fakePresence>],
      [string, ReturnType<typeof fakePresence>],
    ];
    expect(first.setAwarenessField).toHaveBeenCalledTimes(1);

    carets.leave(OTHER);
    expect(second.destroy).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(900);
    carets.exchange(NOTE, null); // renews the lease, and the caret moved out of the text
    expect(first.setAwarenessField).toHaveBeenLastCalledWith('cursor', null);
    vi.advanceTimersByTime(900);
    expect(first.destroy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(first.destroy).toHaveBeenCalledOnce();
    expect(carets.notes()).toEqual([]);
  });
});
