import { AppError } from '../../../shared/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';

/** migrations[n] turns a version-n document into version n+1. Pure; each has a test. */
export const migrations: ReadonlyArray<(doc: unknown) => unknown> = [v0ToV1, v1ToV2];

export function schemaVersionOf(doc: unknown): number {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new AppError('NOTEBOOK_DAMAGED', 'notebook.json does not contain a notebook.');
  }
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new AppError('NOTEBOOK_DAMAGED', 'notebook.json has an unreadable schema version.');
  }
  return version;
}

/** Brings a parsed notebook.json up to the current schema version. */
export function migrate(doc: unknown): { doc: unknown; fromVersion: number } {
  const fromVersion = schemaVersionOf(doc);
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    throw new AppError(
      'NOTEBOOK_TOO_NEW',
      `This notebook was saved by a newer version of Research Notebook (format ${fromVersion}). Update the app to open it.`,
    );
  }
  let current = doc;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = migrations[version];
    if (!step) throw new AppError('INTERNAL', `No migration from notebook format ${version}.`);
    current = step(current);
  }
  return { doc: current, fromVersion };
}
