import type { z } from 'zod';

/** One call: what it does, what it accepts (checked at the edge), what it returns. */
export interface CallDef<I extends z.ZodType, R> {
  summary: string;
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: R;
}

/** `call<Result>()(summary, inputSchema)`: declares a call with its result type. */
export function call<R>() {
  return <I extends z.ZodType>(summary: string, input: I): CallDef<I, R> => ({ summary, input });
}
