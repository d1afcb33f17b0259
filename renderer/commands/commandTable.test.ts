// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandForKey, registerCommand, runCommand, runnableCommands } from './commandBus';
import { COMMANDS, command } from './commandTable';
import { chordOf, isSingleKey } from './keyChord';
import { paletteCommands } from './paletteCommands';

const storage = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => storage.get(key) ?? null,
  setItem: (key: string, value: string) => storage.set(key, value),
});

/** Every renderer source file, to find where each command is given a handler. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources(join(__dirname, '..')).join('\n');

/** A key press as a browser would report the table's chord. */
function pressOf(chord: string) {
  const parts = chord.split('+');
  const key = chord === '+' ? '+' : parts[parts.length - 1]!;
  return {
    key: key.length === 1 && parts.length > 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('Mod'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  };
}

afterEach(() => storage.clear());

describe('the command table', () => {
  it('has unique ids and at least 20 commands the palette offers', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    expect(COMMANDS.filter((c) => !c.keyOnly).length).toBeGreaterThanOrEqual(20);
  });

  it('gives each key to one command per scope', () => {
    const seen = new Map<string, string>();
    for (const def of COMMANDS)
      for (const key of def.keys ?? []) {
        const scopeKey = `${def.scope === 'global' ? '*' : def.scope} ${key}`;
        expect(seen.get(scopeKey), `${key} in ${def.scope}`).toBeUndefined();
        seen.set(scopeKey, def.id);
      }
  });

  it.each(COMMANDS.map((def) => [def.id, def] as const))('%s', (id, def) => {
    // Something in the app runs it.
    expect(code.includes(`'${id}':`), `no useCommandHandlers entry for ${id}`).toBe(true);
    // The palette finds it by its own title, first, once something on screen can run it.
    const ran = vi.fn();
    const off = registerCommand(id, ran);
    try {
      expect(runnableCommands()).toContain(def);
      const offered = paletteCommands(runnableCommands(), [], def.title);
      if (def.keyOnly) expect(offered).not.toContain(def);
      else expect(offered[0]).toBe(def);
      // Its keys come back to it, and single keys never fire while typing in a field.
      for (const key of def.keys ?? []) {
        expect(chordOf(pressOf(key))).toBe(key);
        expect(commandForKey(pressOf(key), null)?.id).toBe(id);
        const field = { closest: () => ({}), isContentEditable: false } as unknown as EventTarget;
        if (isSingleKey(key) || !def.inFields) expect(commandForKey(pressOf(key), field)).toBeNull();
        else expect(commandForKey(pressOf(key), field)?.id).toBe(id);
      }
      // Running it calls the handler; run from the palette, it becomes the most recent.
      expect(runCommand(id)).toBe(true);
      expect(ran).toHaveBeenCalledTimes(1);
      expect(JSON.parse(storage.get('rn.recentCommands') ?? '[]')[0]).toBe(id);
    } finally {
      off();
    }
    expect(runnableCommands()).not.toContain(def);
    expect(runCommand(id)).toBe(false);
    expect(command(id)).toBe(def);
  });
});

describe('paletteCommands', () => {
  const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
  const offered = COMMANDS.filter((c) => !c.keyOnly);

  it('puts recent commands first with no query, then table order', () => {
    const list = paletteCommands(COMMANDS, ['packet.export', 'go.claims'], '');
    expect(ids(list).slice(0, 3)).toEqual(['packet.export', 'go.claims', offered[0]!.id]);
  });

  it.each([
    ['new note', 'note.new'],
    ['import', 'import.files'],
    ['paste', 'import.paste'],
    ['export', 'packet.export'],
    ['check quotes', 'notes.checkQuotes'],
    ['switch', 'notebook.switch'],
    ['entities', 'go.entities'],
    ['claims', 'go.claims'],
    ['notes', 'go.notes'],
    ['panel', 'reader.togglePanel'],
    ['shortcuts', 'help.shortcuts'],
    ['gocl', 'go.claims'],
  ])('%j finds %s first', (query, id) => {
    expect(paletteCommands(COMMANDS, [], query)[0]?.id).toBe(id);
  });

  it('lets a recent command win a tie', () => {
    expect(paletteCommands(COMMANDS, ['go.packets'], 'go to')[0]?.id).toBe('go.packets');
  });
});
