import type { PacketImportSummary, PacketJob } from '../../shared/contract/packetCalls';
import type { LeftOut } from '../../shared/packet/manifest';
import type { KindCounts } from '../../shared/packet/mergeKind';

const PHASES: Record<string, string> = {
  starting: 'Starting',
  reading: 'Reading the notebook',
  sources: 'Writing sources',
  notes: 'Writing notes',
  tables: 'Writing tables and citations',
  reader: 'Writing the offline reader',
  checking: 'Checking the packet',
  merging: 'Merging into this notebook',
  writing: 'Saving merged records',
  done: 'Done',
};

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A job's phase and count in words, e.g. "Writing sources (3 of 12)". */
export function phaseLabel(job: Pick<PacketJob, 'phase' | 'done' | 'total' | 'state'>): string {
  if (job.state === 'failed') return 'Stopped';
  const words = PHASES[job.phase] ?? job.phase;
  return job.total > 1 && job.state === 'running' ? `${words} (${job.done} of ${job.total})` : words;
}

/** Joins "a", "b", "c" as "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * "2 confidential sources and 3 highlights were left out", or null when nothing was.
 * Entities and citations are counted because they went with the confidential material.
 */
export function leftOutSentence(leftOut: LeftOut): string | null {
  const parts: string[] = [];
  if (leftOut.sources) parts.push(plural(leftOut.sources, 'confidential source', 'confidential sources'));
  if (leftOut.highlights)
    parts.push(
      plural(
        leftOut.highlights,
        leftOut.sources ? 'highlight' : 'confidential highlight',
        leftOut.sources ? 'highlights' : 'confidential highlights',
      ),
    );
  if (leftOut.entities)
    parts.push(plural(leftOut.entities, 'entity named only there', 'entities named only there'));
  if (leftOut.citations) parts.push(plural(leftOut.citations, 'citation of them', 'citations of them'));
  if (parts.length === 0) return null;
  const total = leftOut.sources + leftOut.highlights + leftOut.entities + leftOut.citations;
  return `${listInWords(parts)} ${total === 1 ? 'was' : 'were'} left out`;
}

const KINDS: Array<[keyof KindCounts, string, string]> = [
  ['sources', 'source', 'sources'],
  ['highlights', 'highlight', 'highlights'],
  ['entities', 'entity', 'entities'],
  ['claims', 'claim', 'claims'],
  ['notes', 'note', 'notes'],
  ['questions', 'question', 'questions'],
  ['ratings', 'rating', 'ratings'],
];

/** "2 sources, 1 note" for the kinds with a count; null when every count is zero. */
export function countsInWords(counts: KindCounts): string | null {
  const parts = KINDS.filter(([key]) => counts[key] > 0).map(([key, one, many]) =>
    plural(counts[key], one, many),
  );
  return parts.length > 0 ? listInWords(parts) : null;
}

/** The lines of an import summary (or preview): what was added, linked to what was there, and updated. */
export function importLines(summary: PacketImportSummary): string[] {
  if (summary.unchanged) return ['Nothing new: this notebook already had everything in the packet.'];
  const lines: string[] = [];
  const added = countsInWords(summary.added);
  const linked = countsInWords(summary.linked);
  const updated = countsInWords(summary.updated);
  const would = summary.dryRun;
  if (added) lines.push(`${would ? 'Would add' : 'Added'} ${added}.`);
  if (linked)
    lines.push(
      would
        ? `Would link ${linked} to what the notebook already has.`
        : `Linked ${linked} to what the notebook already had.`,
    );
  if (updated) lines.push(`${would ? 'Would update' : 'Updated'} ${updated} from newer copies.`);
  if (lines.length === 0) lines.push('Nothing new was added.');
  const leftOut = leftOutSentence(summary.leftOutAtExport);
  if (leftOut) lines.push(`When the packet was made, ${leftOut}.`);
  return lines;
}
