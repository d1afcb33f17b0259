// Bundled into the sandboxed preload: keep imports zod-free and Node-free.
import type { IpcRendererEvent } from 'electron';
import { callNames, ipcChannel } from '../../shared/contract/callNames';
import type { CallName } from '../../shared/contract/callNames';
import type { InputOf } from '../../shared/contract/contract';
import { APP_EVENT_CHANNEL, isAppEvent, type AppEvent } from '../menu/appEvents';

/**
 * What the page sees as `window.api`: the contract's calls plus menu events from the main process.
 * A call resolves to the outcome as dispatched, `{ ok, result | error }`, never rejecting: the
 * context bridge would keep only an error's message, so the page builds the one AppError itself
 * (renderer/transport/apiFromOutcomes.ts), exactly as it does for HTTP.
 */
export type BridgeApi = BridgeCalls & {
  /** Calls `listener` for every app event; returns a function that stops listening. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Shorthand for the `library-changed` event (sent after File > Import… or a notebook switch). */
  onLibraryChanged(listener: () => void): () => void;
};

type BridgeCalls = { [K in CallName]: (input: InputOf<K>) => Promise<unknown> };

export interface BridgeIpc {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void): unknown;
}

/** Builds the one object the page gets; each method is a single `invoke` on its contract channel. */
export function buildBridgeApi(ipc: BridgeIpc): BridgeApi {
  const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of callNames) {
    calls[name] = (input: unknown) => ipc.invoke(ipcChannel(name), input ?? {});
  }
  const onEvent = (listener: (event: AppEvent) => void): (() => void) => {
    // The raw IPC event is never passed on: it carries `sender`, a handle back into Electron.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
      if (isAppEvent(payload)) listener({ type: payload.type });
    };
    ipc.on(APP_EVENT_CHANNEL, wrapped);
    return () => {
      ipc.removeListener(APP_EVENT_CHANNEL, wrapped);
    };
  };
  const onLibraryChanged = (listener: () => void): (() => void) =>
    onEvent((event) => {
      if (event.type === 'library-changed') listener();
    });
  return { ...(calls as BridgeCalls), onEvent, onLibraryChanged };
}
