import type { AnchorResult } from './types';

/** How many highlights of a source still sit exactly, moved approximately, or were lost. */
export function anchorHealth(results: readonly AnchorResult[]): {
  exact: number;
  fuzzy: number;
  orphaned: number;
} {
  const health = { exact: 0, fuzzy: 0, orphaned: 0 };
  for (const result of results) {
    if (result.status === 'exact') health.exact++;
    else if (result.status === 'fuzzy') health.fuzzy++;
    else health.orphaned++;
  }
  return health;
}
