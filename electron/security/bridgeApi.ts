// Bundled into the sandboxed preload: keep imports zod-free and Node-free.
import type { IpcRendererEvent } from 'electron';
import { callNames, ipcChannel } from '../../shared/contract/callNames';
import type { Api } from '../../shared/contract/contract';
import { APP_EVENT_CHANNEL, isAppEvent, type AppEvent } from '../menu/appEvents';

/** What the page sees as `window.api`: the contract's calls plus menu events from the main process. */
export type BridgeApi = Api & {
  /** Calls `listener` for every app event; returns a function that stops listening. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Shorthand for the `library-changed` event (sent after File > Import… or a notebook switch). */
  onLibraryChanged(listener: () => void): () => void;
};

export interface BridgeIpc {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void): unknown;
}

/** Error for a failed call. Only `message` survives the context bridge, so it is the reporter-facing text. */
function callError(outcome: unknown): Error {
  const error = (
    outcome as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null | undefined
  )?.error;
  const message =
    typeof error?.message === 'string' ? error.message : 'The app gave an answer the window could not read.';
  return Object.assign(new Error(message), {
    code: typeof error?.code === 'string' ? error.code : 'INTERNAL',
    details: error?.details,
  });
}

/** Builds the one object the page gets; each method is a single `invoke` on its contract channel. */
export function buildBridgeApi(ipc: BridgeIpc): BridgeApi {
  const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of callNames) {
    calls[name] = async (input: unknown) => {
      const outcome = (await ipc.invoke(ipcChannel(name), input ?? {})) as { ok?: unknown; result?: unknown };
      if (outcome?.ok === true) return outcome.result;
      throw callError(outcome);
    };
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
  return { ...(calls as Api), onEvent, onLibraryChanged };
}
