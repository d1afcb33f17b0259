import type { EvidenceView } from '../../shared/contract/results';
import { stances, type Stance } from './claimLabels';

export interface SourceGroup {
  /** Null when the highlight (and so its source) is gone. */
  sourceId: string | null;
  sourceTitle: string;
  items: EvidenceView[];
}

export interface StanceGroup {
  stance: Stance;
  sources: SourceGroup[];
  count: number;
}

/**
 * Evidence by stance (supports, contradicts, context: only those present),
 * then by source in order of first appearance, so both sides of a contested
 * claim sit next to each other.
 */
export function groupEvidence(evidence: readonly EvidenceView[]): StanceGroup[] {
  const groups: StanceGroup[] = [];
  for (const stance of stances) {
    const items = evidence.filter((e) => e.stance === stance);
    if (items.length === 0) continue;
    const bySource = new Map<string, SourceGroup>();
    for (const item of items) {
      const key = item.sourceId ?? '';
      const group = bySource.get(key) ?? {
        sourceId: item.sourceId,
        sourceTitle: item.sourceId ? item.sourceTitle || 'Untitled' : 'Deleted highlights',
        items: [],
      };
      group.items.push(item);
      bySource.set(key, group);
    }
    groups.push({ stance, sources: [...bySource.values()], count: items.length });
  }
  return groups;
}
