import { useState } from 'react';
import { useCommandHandlers, useCommandKeys } from '../commands/useCommandHandlers';
import { lastEditedNoteId } from '../notes/lastEditedNote';
import { markNewNote } from '../notes/newNoteFocus';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { focusWhenShown } from '../ui/focusWhenShown';
import { routeHash, type Route } from '../ui/route';

const go = (route: Route, focus = '#main-content h1, #main-content') => {
  window.location.hash = routeHash(route);
  // A frame later, once the new page has drawn (the old page's heading must not take focus).
  requestAnimationFrame(() => requestAnimationFrame(() => focusWhenShown(focus)));
};

interface ShellActions {
  openFilePicker: () => void;
  showPaste: () => void;
  openFolderPicker: () => void;
  showWebAddress: () => void;
}

/** The commands the shell runs anywhere (go to, import, new note, packets, palette, shortcuts), and the key listener. */
// Long because: the table of the shell's commands, one short entry each.
export function useShellCommands(actions: ShellActions, mayCreateNote: boolean) {
  const api = useApi();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [switchOpen, setSwitchOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useCommandKeys();
  useCommandHandlers({
    'palette.open': () => setPaletteOpen(true),
    'help.shortcuts': () => setShortcutsOpen(true),
    'go.library': () => go({ name: 'library' }, '[role="grid"], #main-content h1, #main-content'),
    'go.entities': () => go({ name: 'entities' }),
    'go.claims': () => go({ name: 'claims' }),
    'go.notes': () => {
      const last = lastEditedNoteId();
      go(last ? { name: 'notes', id: last } : { name: 'notes' });
    },
    'go.packets': () => go({ name: 'packets' }),
    'go.search': () => go({ name: 'search', q: '' }, '#main-content input[type="search"], #main-content'),
    'go.timeline': () => go({ name: 'timeline' }),
    'go.main': () => focusWhenShown('#main-content'),
    // Not offered to a reviewer (the palette leaves it out, `n` does nothing): the server refuses the note.
    'note.new': !mayCreateNote
      ? null
      : () => {
          void api
            .createNote({ title: '' })
            .then((note) => {
              markNewNote(note.id);
              window.location.hash = routeHash({ name: 'notes', id: note.id });
            })
            .catch((failure: unknown) => setError(errorMessage(failure)));
        },
    'import.files': actions.openFilePicker,
    'import.paste': actions.showPaste,
    'import.folder': actions.openFolderPicker,
    'import.web': actions.showWebAddress,
    'packet.export': () => go({ name: 'packets' }, '#packet-export-heading'),
    'packet.import': () => go({ name: 'packets' }, '#packet-import-heading'),
    'packet.verify': () => go({ name: 'packets' }, '#packet-verify-heading'),
    'notebook.switch': () => setSwitchOpen(true),
  });
  return {
    palette: { open: paletteOpen, show: () => setPaletteOpen(true), close: () => setPaletteOpen(false) },
    shortcuts: { open: shortcutsOpen, close: () => setShortcutsOpen(false) },
    switchNotebook: { open: switchOpen, close: () => setSwitchOpen(false) },
    error: { message: error, dismiss: () => setError(null) },
  };
}
