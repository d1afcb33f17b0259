import type { ImportResult } from '../../shared/contract/results';

export interface StatusMessage {
  id: number;
  tone: 'success' | 'info' | 'error';
  text: string;
  /** The source the message is about, when there is one to open. */
  sourceId?: string;
}

/** The line a reporter reads after one import. */
export function describeImport(result: ImportResult): Omit<StatusMessage, 'id'> {
  if (result.status === 'duplicate') {
    return {
      tone: 'info',
      text: `Already in the notebook: ‘${result.duplicateOf.title}’`,
      sourceId: result.duplicateOf.id,
    };
  }
  return { tone: 'success', text: `Imported ‘${result.title}’`, sourceId: result.sourceId };
}

/** The line for a file that could not be imported; always names the file so a batch stays legible. */
export function describeFailure(fileName: string | null, message: string): Omit<StatusMessage, 'id'> {
  const named = fileName === null || message.includes(fileName);
  return { tone: 'error', text: named ? message : `Could not import ${fileName}: ${message}` };
}
