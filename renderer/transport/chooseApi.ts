import type { Api } from '../../shared/contract/contract';
import { createHttpApi } from './httpApi';
import { resolveToken } from './token';

/**
 * Picks the transport once at start-up: the Electron preload's bridge when it is
 * there, otherwise the loopback HTTP host. Nothing else knows which was chosen.
 */
export function chooseApi(win: Window): Api {
  const bridged = (win as Window & { api?: Api }).api;
  if (bridged) return bridged;
  return createHttpApi(resolveToken(win));
}
