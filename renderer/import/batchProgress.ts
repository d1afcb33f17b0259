import type { ImportResult } from '../../shared/contract/results';
import type { StatusMessage } from './importMessages';

export type FileOutcome = 'imported' | 'duplicate' | 'failed' | 'skipped';

/** A run of file imports, one at a time; files added while it runs join it. */
export interface BatchProgress {
  total: number;
  /** Files finished (whatever their outcome). */
  done: number;
  /** The file being read or imported now. */
  current: string | null;
  state: 'running' | 'cancelling' | 'finished' | 'cancelled';
  counts: Record<FileOutcome, number>;
}

const NO_COUNTS: Record<FileOutcome, number> = { imported: 0, duplicate: 0, failed: 0, skipped: 0 };

/** A new batch, or `previous` grown by `added` files when it is still running. */
export function addFiles(previous: BatchProgress | null, added: number): BatchProgress {
  if (previous && (previous.state === 'running' || previous.state === 'cancelling')) {
    return { ...previous, total: previous.total + added };
  }
  return { total: added, done: 0, current: null, state: 'running', counts: { ...NO_COUNTS } };
}

/** One more file finished. */
export function fileDone(batch: BatchProgress, outcome: FileOutcome, count = 1): BatchProgress {
  return {
    ...batch,
    done: batch.done + count,
    counts: { ...batch.counts, [outcome]: batch.counts[outcome] + count },
  };
}

/** The batch stopped: all files done, or the reporter cancelled. */
export function finish(batch: BatchProgress): BatchProgress {
  return { ...batch, current: null, state: batch.done < batch.total ? 'cancelled' : 'finished' };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The line above the bar: what is happening now, or how it ended. */
export function progressLabel(batch: BatchProgress): string {
  const of = `${Math.min(batch.done + 1, batch.total).toLocaleString()} of ${batch.total.toLocaleString()}`;
  switch (batch.state) {
    case 'running':
      return batch.current ? `Importing ${of}: ${batch.current}` : `Importing ${of}…`;
    case 'cancelling':
      return `Stopping after ${batch.current ?? 'this file'}…`;
    case 'cancelled':
      return `Stopped after ${batch.done.toLocaleString()} of ${plural(batch.total, 'file', 'files')}`;
    default:
      return `Finished ${plural(batch.total, 'file', 'files')}`;
  }
}

/** "6 imported · 1 already in the notebook · 1 failed · 2 skipped", leaving out zeros. */
export function countsSummary(batch: BatchProgress): string {
  const { imported, duplicate, failed, skipped } = batch.counts;
  const parts = [
    imported > 0 ? `${imported.toLocaleString()} imported` : '',
    duplicate > 0 ? `${duplicate.toLocaleString()} already in the notebook` : '',
    failed > 0 ? `${failed.toLocaleString()} failed` : '',
    skipped > 0 ? `${skipped.toLocaleString()} skipped` : '',
  ].filter(Boolean);
  if (batch.state === 'cancelled') parts.push(`${(batch.total - batch.done).toLocaleString()} not imported`);
  return parts.join(' · ');
}

type Line = Omit<StatusMessage, 'id'> & { outcome: FileOutcome };

/** The per-file line for an import that returned. */
export function describeFileResult(fileName: string, result: ImportResult): Line {
  if (result.status === 'duplicate') {
    return {
      outcome: 'duplicate',
      tone: 'info',
      text: `${fileName} — Already in the notebook as ‘${result.duplicateOf.title}’`,
      sourceId: result.duplicateOf.id,
    };
  }
  return {
    outcome: 'imported',
    tone: 'success',
    text: `${fileName} — Imported ‘${result.title}’`,
    sourceId: result.sourceId,
  };
}

/** The per-file line for a refusal; the importer's reason usually names the file already. */
export function describeFileFailure(fileName: string, reason: string): Line {
  const named = reason.includes(fileName);
  return {
    outcome: 'failed',
    tone: 'error',
    text: named ? reason : `${fileName} — Could not be imported: ${reason}`,
  };
}

/** The per-file line for a file that was not sent. */
export function describeSkip(fileName: string, reason: string): Line {
  return { outcome: 'skipped', tone: 'info', text: `${fileName} — Skipped: ${reason}` };
}

/** One line for every hidden file skipped, so a folder's dot-files do not crowd the list. */
export function describeHiddenSkips(names: readonly string[]): Line {
  const sample = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  return {
    outcome: 'skipped',
    tone: 'info',
    text: `Skipped ${plural(names.length, 'hidden or system file', 'hidden or system files')} (${sample})`,
  };
}
