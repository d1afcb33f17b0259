import { dispatch, type CallOutcome } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/contract';
import { toErrorShape } from '../../shared/errors';
import { isTrustedSender } from './trustedOrigins';

/** The part of an `IpcMainInvokeEvent` the guard reads. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Builds the `ipcMain.handle` listener for one call: refuses messages from frames outside our
 * origin(s), then hands the raw input to `dispatch`, which validates it and shapes any error.
 */
export function createIpcHandler(
  name: string,
  getHandlers: () => Handlers,
  origins: readonly string[],
): (event: InvokeEventLike, rawInput: unknown) => Promise<CallOutcome> {
  return async (event, rawInput) => {
    if (!isTrustedSender(event.senderFrame?.url, origins)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This request did not come from the Research Notebook window.' },
      };
    }
    let handlers: Handlers;
    try {
      handlers = getHandlers();
    } catch (error) {
      // e.g. a call that arrives while the app is closing the notebook on quit.
      return { ok: false, error: toErrorShape(error) };
    }
    return dispatch(handlers, name, rawInput);
  };
}
