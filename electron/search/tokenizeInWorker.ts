import { AppError } from '../../shared/errors';
import type { FieldTokens } from '../../shared/search';
import { parserPool } from '../import/isolated/parserWorker';

/**
 * Finds the words of long texts in a parser worker (warm, with the same limits as imports), so
 * indexing a pasted book or a 400,000-character line holds the main thread only for integers.
 */
export async function tokenizeInWorker(texts: string[]): Promise<FieldTokens[]> {
  const output = await parserPool().parse({
    kind: 'tokens',
    texts,
    label: 'A long text for the search index',
  });
  if (output.kind !== 'tokens')
    throw new AppError('INTERNAL', 'The search tokenizer answered for another job.');
  return output.tokens;
}
