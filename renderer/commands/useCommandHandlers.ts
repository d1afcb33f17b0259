import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import {
  dispatchKey,
  onCommandsChanged,
  registerCommand,
  runnableCommands,
  type CommandHandler,
} from './commandBus';
import { watchFocus } from './droppedField';

/**
 * Registers handlers for commands while the component is mounted; the handlers may change every render.
 * Layout effects, not passive ones: React runs passive effects in a later task, and the browser may
 * hand over a key in between. A page that is on screen must already answer its keys (a `t` pressed as
 * the reader appears was lost), and with the handlers of the render the reporter sees.
 */
export function useCommandHandlers(table: Record<string, CommandHandler | null | undefined>): void {
  const ref = useRef(table);
  useLayoutEffect(() => {
    ref.current = table;
  });
  const ids = Object.keys(table)
    .filter((id) => table[id])
    .join(' ');
  useLayoutEffect(() => {
    const offs = ids
      .split(' ')
      .filter(Boolean)
      .map((id) => registerCommand(id, (press) => ref.current[id]?.(press)));
    return () => offs.forEach((off) => off());
  }, [ids]);
}

/** The commands runnable now, re-rendering when pages mount or unmount. */
export function useRunnableCommands() {
  return useSyncExternalStore(onCommandsChanged, runnableCommands);
}

/** Installs the app's one key listener (in the shell). */
export function useCommandKeys(): void {
  useEffect(() => {
    // On the document, so a command that used Escape is heard before the window's Escape (leave the reader).
    document.addEventListener('keydown', dispatchKey);
    const unwatch = watchFocus(document);
    return () => {
      document.removeEventListener('keydown', dispatchKey);
      unwatch();
    };
  }, []);
}
