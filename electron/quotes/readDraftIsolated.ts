import { AppError } from '../../shared/errors';
import type { FlatNote } from '../../shared/quotes';
import { parserPool } from '../import/isolated/parserWorker';

/** A draft read in the parser workers (readDraft there), under the importer's time and memory limits. */
export async function readDraftIsolated(bytes: Uint8Array, fileName: string): Promise<FlatNote> {
  const output = await parserPool().parse({ kind: 'draft', bytes, fileName });
  if (output.kind !== 'draft') throw new AppError('INTERNAL', 'The draft reader answered for another job.');
  return output.flat;
}
