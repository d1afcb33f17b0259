import { AppError } from '../../shared/errors';
import { CURRENT_SCHEMA_VERSION, notebookFileSchema, type NotebookFile } from '../../shared/model';
import { migrate } from './migrations';

/**
 * What is on disk is untrusted: parse, migrate, validate, in that order.
 * Throws NOTEBOOK_DAMAGED (or NOTEBOOK_TOO_NEW) with the reason in plain words.
 */
export function parseNotebookText(text: string): { file: NotebookFile; fromVersion: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('NOTEBOOK_DAMAGED', 'notebook.json is not readable (it is not complete JSON).');
  }
  const { doc, fromVersion } = migrate(raw);
  const parsed = notebookFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` at ${issue.path.join('.') || 'the top'}: ${issue.message}` : '';
    throw new AppError('NOTEBOOK_DAMAGED', `notebook.json has content the app does not recognise${where}.`);
  }
  return { file: parsed.data, fromVersion };
}

/**
 * For bytes the clean-close marker vouches for (this app wrote them from validated data under the
 * same model, see CleanClose): parsed, without validating every record again. Anything but the
 * current format goes through `parseNotebookText`, as its migration needs the full check.
 */
export function parseVouchedNotebookText(text: string): { file: NotebookFile; fromVersion: number } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const { doc, fromVersion } = migrate(raw);
  return fromVersion === CURRENT_SCHEMA_VERSION ? { file: doc as NotebookFile, fromVersion } : null;
}

export function isValidNotebookText(text: string): boolean {
  try {
    parseNotebookText(text);
    return true;
  } catch {
    return false;
  }
}
