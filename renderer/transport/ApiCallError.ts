import type { ErrorCode, ErrorShape } from '../../shared/errors';

/** A failed call, carrying the one error shape every boundary uses. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(shape: ErrorShape) {
    super(shape.message);
    this.name = 'ApiCallError';
    this.code = shape.code;
    this.details = shape.details;
  }
  toShape(): ErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** The words to show a reporter for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
