import { z } from 'zod';

/**
 * Every error that crosses a boundary (IPC, HTTP, CLI) has this one shape, and on each side of it
 * is this one class, `AppError`: a code for code, a message written for the reporter, details.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'USAGE',
  'NOT_FOUND',
  'UNKNOWN_CALL',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOTEBOOK_LOCKED',
  'NOTEBOOK_DAMAGED',
  'NOTEBOOK_TOO_NEW',
  'IMPORT_FAILED',
  /** A file or packet that is (or expands to) more than the app reads; refused before it is unpacked. */
  'IMPORT_TOO_LARGE',
  'IO_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorShapeSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorShape = z.infer<typeof errorShapeSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toShape(): ErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** The error again on this side of a boundary, from the shape that crossed it. */
  static fromShape(shape: ErrorShape): AppError {
    return new AppError(shape.code, shape.message, shape.details);
  }
}

/**
 * The HTTP status for each code: 4xx when the caller can fix it, 409 when the notebook's state
 * (locked, too new) stands in the way, 5xx when the app or the disk failed. Every code has one.
 */
export const httpStatusOf: Readonly<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  USAGE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_CALL: 404,
  NOTEBOOK_LOCKED: 409,
  NOTEBOOK_TOO_NEW: 409,
  IMPORT_FAILED: 422,
  IMPORT_TOO_LARGE: 413,
  INTERNAL: 500,
  NOTEBOOK_DAMAGED: 500,
  IO_ERROR: 503,
};

/** The command line's exit status: 2 when the command itself was wrong, 1 for any other failure. */
export function exitCodeOf(code: ErrorCode): 1 | 2 {
  return code === 'USAGE' ? 2 : 1;
}

/** Describes a zod failure in words a reporter can act on, not a stack of paths. */
export function describeInvalidInput(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not understood.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request was not understood${where}: ${first.message}`;
}

/** Turns anything thrown into the one serialisable error shape. */
export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof z.ZodError) {
    return { code: 'INVALID_INPUT', message: describeInvalidInput(error), details: error.issues };
  }
  const parsed = errorShapeSchema.safeParse(error);
  if (parsed.success) return parsed.data;
  // node:util parseArgs: an unknown option or a missing value is a usage error.
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof nodeCode === 'string' && nodeCode.startsWith('ERR_PARSE_ARGS')) {
    return { code: 'USAGE', message: error.message };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Something went wrong inside the app: ${text}` };
}
