import { AppError, errorShapeSchema, type ErrorShape } from '../errors';

/** What every transport carries for one call: the result, or the one error shape. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: ErrorShape };

const UNREADABLE = 'The app gave an answer the window could not read.';

/**
 * The result of a call from the outcome a transport delivered, or the AppError it carried. Used on
 * the page for IPC and HTTP alike, so a component receives the same error whichever carried it.
 */
export function resultOf(outcome: unknown): unknown {
  if (!isOutcome(outcome)) throw new AppError('INTERNAL', UNREADABLE);
  if (outcome.ok) return outcome.result;
  throw AppError.fromShape(outcome.error);
}

/** True for a well-formed outcome (a failure's error must have the one shape). */
export function isOutcome(value: unknown): value is CallOutcome {
  const { ok, error } = (value ?? {}) as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && errorShapeSchema.safeParse(error).success);
}
