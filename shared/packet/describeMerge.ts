import type { FieldChange } from './guardedMerge';
import type { MergeConflict, RecordChange, RecordKind } from './mergeKind';

const KIND_WORDS: Record<RecordKind, [string, string]> = {
  source: ['source', 'sources'],
  highlight: ['highlight', 'highlights'],
  entity: ['entity', 'entities'],
  claim: ['claim', 'claims'],
  note: ['note', 'notes'],
  question: ['question', 'questions'],
  rating: ['rating', 'ratings'],
};
const ORDER: RecordKind[] = ['source', 'highlight', 'entity', 'claim', 'note', 'question', 'rating'];

const quoted = (text: string): string => `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”`;

/** One field's fate in words, e.g. "title: yours kept (the packet has “Retitled”)". */
function fieldInWords(f: FieldChange): string {
  switch (f.outcome) {
    case 'raised':
      return 'marked confidential (as in the packet)';
    case 'stays-confidential':
      return 'stays confidential (the packet has it not confidential)';
    case 'filled':
      return `${f.field} filled in from the packet`;
    case 'added':
      return `${f.field}: the packet's items added to yours`;
    case 'kept-yours':
      return `${f.field}: yours kept (the packet has ${quoted(f.theirs)})`;
  }
}

/**
 * What an import does (or would do, for a preview) to records the notebook already has, in lines a
 * reporter reads before confirming, e.g. "3 sources would change:" followed by one line per record.
 * Conflicting records (kept both ways) are listed too. Empty when nothing already here is touched.
 */
export function describeMerge(
  changes: readonly RecordChange[],
  conflicts: readonly MergeConflict[],
  preview: boolean,
): string[] {
  const lines: string[] = [];
  for (const kind of ORDER) {
    const mine = changes.filter((c) => c.kind === kind);
    if (mine.length > 0) {
      const [one, many] = KIND_WORDS[kind];
      const verb = preview ? 'would change' : 'changed';
      lines.push(`${mine.length} ${mine.length === 1 ? one : many} already here ${verb} or differ:`);
      for (const c of mine)
        lines.push(`  ${quoted(c.label || 'untitled')}: ${c.fields.map(fieldInWords).join('; ')}`);
    }
    const apart = conflicts.filter((c) => c.kind === kind);
    if (apart.length > 0) {
      const [one, many] = KIND_WORDS[kind];
      const verb = preview ? 'would be kept' : 'kept';
      lines.push(
        `${apart.length} ${apart.length === 1 ? one : many} with the same id but other content ${verb} both ways:`,
      );
      for (const c of apart)
        lines.push(`  ${quoted(c.label || 'untitled')} (the packet's copy as ${c.keptAs})`);
    }
  }
  return lines;
}
