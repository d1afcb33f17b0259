import { COMMANDS, command, type CommandDef } from './commandTable';
import { fieldDropped, forgetField } from './droppedField';
import { chordOf, isSingleKey, typingIn, type KeyPress } from './keyChord';
import { rememberCommand } from './recentCommands';

/** What runs a command; the KeyPress is there when a key (not the palette) ran it, e.g. which colour. */
export type CommandHandler = (press?: KeyPress) => boolean | void;

// The innermost mounted handler wins: a page mounted later (the reader) can claim a key the shell also has.
const handlers = new Map<string, CommandHandler[]>();
const listeners = new Set<() => void>();
let version = 0;
let cached: { version: number; list: CommandDef[] } | null = null;
const changed = () => {
  version += 1;
  listeners.forEach((listener) => listener());
};

/** Registers a handler for a command until the returned function is called. */
export function registerCommand(id: string, handler: CommandHandler): () => void {
  command(id);
  const stack = handlers.get(id) ?? [];
  stack.push(handler);
  handlers.set(id, stack);
  changed();
  return () => {
    const at = stack.indexOf(handler);
    if (at >= 0) stack.splice(at, 1);
    if (stack.length === 0) handlers.delete(id);
    changed();
  };
}

/** Called when the set of runnable commands changes. */
export function onCommandsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The commands something on screen can run now, in table order (the same array until that changes). */
export function runnableCommands(): CommandDef[] {
  if (cached?.version !== version) cached = { version, list: COMMANDS.filter((def) => handlers.has(def.id)) };
  return cached.list;
}

/** Runs a command; false when nothing on screen can run it (or its handler declined). */
export function runCommand(id: string, press?: KeyPress): boolean {
  const stack = handlers.get(id);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  const used = handler(press) !== false;
  if (used && !press) rememberCommand(id);
  return used;
}

/**
 * The runnable command bound to this key press, if any (fields only hear chords marked `inFields`).
 * `typing` is true when the key belongs to a field even though it reached the page (see droppedField).
 */
export function commandForKey(
  press: KeyPress,
  target: EventTarget | null,
  typing = typingIn(target),
): CommandDef | null {
  const chord = chordOf(press);
  for (const def of COMMANDS) {
    if (!def.keys?.includes(chord) || !handlers.has(def.id)) continue;
    if (typing && (!def.inFields || isSingleKey(chord))) continue;
    return def;
  }
  return null;
}

/** One key listener for the whole app: a key bound in the table runs its command. */
export function dispatchKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  // A modal dialog (palette, overlay, confirm) owns the keys, except the palette chord.
  const modal = document.querySelector('dialog[open]');
  // Escape and Tab are the reporter taking the keyboard back from a field a redraw took away.
  if (event.key === 'Escape' || event.key === 'Tab') forgetField();
  const typing = typingIn(event.target) || fieldDropped(document.activeElement);
  const def = commandForKey(event, event.target, typing);
  if (!def || (modal && def.id !== 'palette.open')) return;
  if (runCommand(def.id, event)) event.preventDefault();
}
