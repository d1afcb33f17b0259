import { AppError, toErrorShape } from '../errors';
import { callNames, type CallName } from './callNames';
import { contract, type Handlers } from './contract';
import type { CallOutcome } from './outcome';

export type { CallOutcome };

export function isCallName(name: string): name is CallName {
  return (callNames as readonly string[]).includes(name);
}

/**
 * The one door into the handlers: both the Electron IPC bridge and the loopback
 * HTTP host come through here, so every input is validated the same way and
 * every failure leaves as the same error shape.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<CallOutcome> {
  try {
    if (!isCallName(name)) throw new AppError('UNKNOWN_CALL', `The app does not know the action "${name}".`);
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw parsed.error;
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}
