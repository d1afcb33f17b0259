import { contract, type CallName, type Handlers } from '../../shared/contract';

/** True when the contract declares the call read-only; every other call may change the notebook. */
export function isReadOnly(name: CallName): boolean {
  return contract[name].readOnly;
}

/** Wraps handlers so that any call that may change the notebook reports it afterwards. */
export function trackChanges(handlers: Handlers, onChange: () => void): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<
    [CallName, (input: never) => Promise<unknown>]
  >) {
    wrapped[name] = isReadOnly(name)
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
