import { z } from 'zod';

/** Every error that crosses a boundary (IPC, HTTP, CLI) has this one shape. */
export const errorCodes = [
  'INVALID_INPUT',
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
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Something went wrong inside the app: ${text}` };
}
