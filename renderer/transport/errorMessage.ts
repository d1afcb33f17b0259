import { AppError } from '../../shared/errors';

/**
 * The one place the page turns anything a call threw into the words a reporter sees. Every
 * transport delivers an AppError (its message is written for the reporter); anything else is
 * a bug in the page, shown as a plain request to try again.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
