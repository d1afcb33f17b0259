import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/search/types';
import { runCommand } from '../commands/commandBus';
import type { CommandDef } from '../commands/commandTable';
import { paletteCommands } from '../commands/paletteCommands';
import { recentCommands } from '../commands/recentCommands';
import { useRunnableCommands } from '../commands/useCommandHandlers';
import { routeHash } from '../ui/route';
import { optionId } from './PaletteResults';
import { useOpenHit } from './useOpenHit';
import { useSearch } from './useSearch';

/** Hits per kind in the palette; the search page shows more. */
const PALETTE_LIMIT = 5;

/** The palette's modal dialog follows `open`; opening selects what was typed last time. */
function usePaletteDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return { ref, inputRef };
}

/** The picked entry: back to the best one when the list changes, kept in view as arrows move it. */
function useActiveHit(commands: readonly CommandDef[], hits: readonly SearchHit[], listId: string) {
  const [active, setActive] = useState(0);
  // A different list starts at its best entry; the same entries answered again keep the pick.
  const signature = [...commands.map((def) => def.id), ...hits.map((hit) => `${hit.kind}:${hit.id}`)].join(
    ' ',
  );
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setActive(0);
  }
  useLayoutEffect(() => {
    document.getElementById(optionId(listId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);
  return [active, setActive] as const;
}

/**
 * The palette's state: the query, the commands it matches (recent first), live grouped search results,
 * the picked entry (commands first, then hits), and its keys (arrows, Enter, Escape).
 */
// Long because: one keyboard model over two lists (commands, then hits), which share the picked index.
export function usePalette(open: boolean, onClose: () => void) {
  const dialog = usePaletteDialog(open);
  const [query, setQuery] = useState('');
  const listId = `${useId()}-list`;
  const search = useSearch(open && query.trim() ? { query, limit: PALETTE_LIMIT } : null);
  const openHit = useOpenHit();
  const runnable = useRunnableCommands();
  // Recent commands are read when the palette opens (running one closes it).
  const commands = useMemo(
    () => (open ? paletteCommands(runnable, recentCommands(), query) : []),
    [open, runnable, query],
  );
  const hits = useMemo(() => search.result?.groups.flatMap((g) => g.hits) ?? [], [search.result]);
  const [active, setActive] = useActiveHit(commands, hits, listId);
  const count = commands.length + hits.length;

  const choose = (hit: SearchHit) => {
    onClose();
    void openHit(hit, query);
  };
  const run = (def: CommandDef) => {
    onClose();
    // After the dialog has closed and given focus back, so the command can move focus itself.
    setTimeout(() => runCommand(def.id), 0);
  };
  const seeAll = routeHash({ name: 'search', q: query.trim() });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself; here it always closes.
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (at + step + count) % count);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const def = commands[active];
      const hit = hits[active - commands.length];
      if (def) run(def);
      else if (hit) choose(hit);
      else if (query.trim()) {
        onClose();
        window.location.hash = seeAll;
      }
    }
  };

  return {
    ...dialog,
    ...{ query, setQuery, listId, search, commands, hits, count, active, setActive },
    ...{ choose, run, seeAll, onKeyDown },
  };
}
