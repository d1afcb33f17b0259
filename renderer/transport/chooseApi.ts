import type { Api } from '../../shared/contract/contract';
import { appEventsFrom, type AppEvents } from './appEvents';
import { createHttpApi } from './httpApi';
import { resolveToken } from './token';

/**
 * Picks the transport once at start-up: the Electron preload's bridge when it is
 * there, otherwise the loopback HTTP host. Nothing else knows which was chosen.
 */
export function chooseApi(win: Window): { api: Api; events: AppEvents } {
  const bridged = (win as Window & { api?: Api }).api;
  if (bridged) return { api: bridged, events: appEventsFrom(bridged) };
  return { api: createHttpApi(resolveToken(win)), events: appEventsFrom(undefined) };
}
