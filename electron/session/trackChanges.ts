import type { Handlers } from '../../shared/contract';

/** Calls that only read; every other call may change the notebook. */
const READ_ONLY = /^(get|list|search|resolve|citing|compare|suggest|read|verify|startPacketExport)/;

/** Wraps handlers so that any call that may change the notebook reports it afterwards. */
export function trackChanges(handlers: Handlers, onChange: () => void): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<
    [string, (input: never) => Promise<unknown>]
  >) {
    wrapped[name] = READ_ONLY.test(name)
      ? handler
      : async (input) => {
          try {
            return await handler(input);
          } finally {
            onChange();
          }
        };
  }
  return wrapped as unknown as Handlers;
}
