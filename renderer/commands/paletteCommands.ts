import type { CommandDef } from './commandTable';
import { rankByFuzzy } from './fuzzyScore';

/** Commands shown with no query: the recent ones first, like VS Code. */
const EMPTY_QUERY_LIMIT = 30;
const QUERY_LIMIT = 8;

/**
 * The palette's commands for a query: the ones the palette can run, recent first, then in table order,
 * then ranked by fuzzy match (ties keep that order, so a recent command wins a tie).
 */
export function paletteCommands(
  runnable: readonly CommandDef[],
  recent: readonly string[],
  query: string,
): CommandDef[] {
  const offered = runnable.filter((def) => !def.keyOnly);
  const rank = (def: CommandDef) => {
    const at = recent.indexOf(def.id);
    return at < 0 ? recent.length : at;
  };
  const ordered = offered
    .map((def, index) => ({ def, index }))
    .sort((a, b) => rank(a.def) - rank(b.def) || a.index - b.index)
    .map((entry) => entry.def);
  const matched = rankByFuzzy(ordered, query, (def) => `${def.title} ${def.keywords ?? ''}`);
  return matched.slice(0, query.trim() ? QUERY_LIMIT : EMPTY_QUERY_LIMIT);
}
