import type { LeftOut } from './manifest';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "1 confidential source, 2 confidential highlights, …" — or null when nothing was left out. */
export function describeLeftOut(leftOut: LeftOut): string | null {
  const parts = [
    leftOut.sources ? count(leftOut.sources, 'confidential source', 'confidential sources') : '',
    leftOut.highlights ? count(leftOut.highlights, 'confidential highlight', 'confidential highlights') : '',
    leftOut.entities
      ? count(leftOut.entities, 'entity named only in them', 'entities named only in them')
      : '',
    leftOut.citations ? count(leftOut.citations, 'citation of them', 'citations of them') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}
