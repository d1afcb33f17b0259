import type { CallName } from '../../shared/contract/callNames';
import type { Api } from '../../shared/contract/contract';
import { apiFromOutcomes } from './apiFromOutcomes';
import { appEventsFrom, type AppEvents } from './appEvents';
import { createHttpApi } from './httpApi';
import { resolveToken } from './token';

/**
 * Picks the transport once at start-up: the Electron preload's bridge when it is
 * there, otherwise the loopback HTTP host. Nothing else knows which was chosen.
 */
export function chooseApi(win: Window): { api: Api; events: AppEvents } {
  // The preload's calls resolve to outcomes (see electron/security/bridgeApi.ts).
  const bridged = (win as Window & { api?: Record<CallName, (input: unknown) => Promise<unknown>> }).api;
  if (bridged) {
    return { api: apiFromOutcomes((name, input) => bridged[name](input)), events: appEventsFrom(bridged) };
  }
  return { api: createHttpApi(resolveToken(win)), events: appEventsFrom(undefined) };
}
