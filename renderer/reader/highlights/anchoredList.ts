import type { AnchoredHighlight, AnchorHealth } from '../../../shared/contract/results';
import type { Highlight } from '../../../shared/model';

/** Reading order as the host sends it: placed passages by position, orphans last, then by age. */
export function byReadingOrder(a: AnchoredHighlight, b: AnchoredHighlight): number {
  const sa = a.anchor.start ?? Number.POSITIVE_INFINITY;
  const sb = b.anchor.start ?? Number.POSITIVE_INFINITY;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.highlight.createdAt.localeCompare(b.highlight.createdAt);
}

/** The list with `item` added (or replacing the one with its id), still in reading order. */
export function withHighlight(
  list: readonly AnchoredHighlight[],
  item: AnchoredHighlight,
): AnchoredHighlight[] {
  return [...list.filter((h) => h.highlight.id !== item.highlight.id), item].sort(byReadingOrder);
}

/** A freshly created highlight sits exactly where it was made. */
export function anchoredAt(highlight: Highlight): AnchoredHighlight {
  const { start, end } = highlight.position;
  return { highlight, anchor: { status: 'exact', start, end, score: 1, method: 'position' } };
}

/** "12 exact · 1 fuzzy · 1 orphaned", leaving out the kinds there are none of (but never empty). */
export function healthSummary(health: AnchorHealth): string {
  const parts = [
    health.exact > 0 || (health.fuzzy === 0 && health.orphaned === 0) ? `${health.exact} exact` : null,
    health.fuzzy > 0 ? `${health.fuzzy} fuzzy` : null,
    health.orphaned > 0 ? `${health.orphaned} orphaned` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}
