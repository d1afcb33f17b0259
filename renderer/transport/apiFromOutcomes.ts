import { callNames, type CallName } from '../../shared/contract/callNames';
import type { Api } from '../../shared/contract/contract';
import { resultOf } from '../../shared/contract/outcome';

/**
 * An `Api` over any transport that delivers call outcomes (`{ ok, result | error }`): the
 * preload's bridge or the loopback host. A failure becomes the one AppError here, for both.
 */
export function apiFromOutcomes(invoke: (name: CallName, input: unknown) => Promise<unknown>): Api {
  const api: Partial<Record<CallName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of callNames) api[name] = async (input) => resultOf(await invoke(name, input ?? {}));
  return api as Api;
}
