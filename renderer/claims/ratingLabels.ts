import { RELIABILITY_LABEL } from '../../shared/claims/reliability';
import type { SideTally } from '../../shared/contract/boardResults';
import { reliabilityRatings, type Reliability } from '../../shared/model';

/** "Wire service", "Content farm / derivative", … */
export const ratingLabel = (rating: Reliability): string => RELIABILITY_LABEL[rating];
export { reliabilityRatings };
export type { Reliability };

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/** "3 sources, 2 independent"; "No sources" when there is nothing. */
export function supportLabel(side: SideTally): string {
  if (side.sources === 0) return 'No sources';
  return `${plural(side.sources, 'source')}, ${side.independent.toLocaleString()} independent`;
}
