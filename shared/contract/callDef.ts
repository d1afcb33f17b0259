import type { z } from 'zod';

/** One call: what it does, what it accepts (checked at the edge), what it returns. */
export interface CallDef<I extends z.ZodType, R> {
  summary: string;
  input: I;
  /** True when the call never changes the notebook (the search index need not catch up after it). */
  readOnly: boolean;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: R;
}

/**
 * `call<Result>()(summary, inputSchema)`: declares a call with its result type. A call that only
 * reads says so with `{ readOnly: true }`; any other call is treated as one that changes the notebook.
 */
export function call<R>() {
  return <I extends z.ZodType>(
    summary: string,
    input: I,
    options: { readOnly?: true } = {},
  ): CallDef<I, R> => ({
    summary,
    input,
    readOnly: options.readOnly === true,
  });
}
