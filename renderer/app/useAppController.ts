import { useCallback, useRef, useState } from 'react';
import { pasteShortcutLabel } from '../ui/shortcut';
import type { Route } from '../ui/route';
import { useAppEvent } from '../transport/ApiContext';
import { useEscape } from '../ui/useEscape';
import { useFileDrop } from '../import/useFileDrop';
import { useHashRoute } from './useHashRoute';
import { useLastPlace } from './useLastPlace';
import { useImporter } from '../import/useImporter';
import { useNotebookInfo, useSources } from '../library/useNotebook';
import { usePasteImport } from '../import/usePasteImport';

/** Wires the shell together: data, routing, and every way of importing. */
// Long because: the shell's wiring in one place (data, routing, every way of importing), each a hook.
export function useAppController() {
  const info = useNotebookInfo();
  const sources = useSources();
  const { route, navigate } = useHashRoute();
  useLastPlace(info.value?.id, route);
  const reloadInfo = info.reload;
  const reloadSources = sources.reload;
  const onImported = useCallback(() => {
    reloadSources();
    reloadInfo();
  }, [reloadInfo, reloadSources]);
  const importer = useImporter(onImported);
  // File > Import…, switching notebooks in the desktop menu, or others' changes through sync
  // change the library behind our back.
  useAppEvent(['library-changed', 'notebook-changed', 'sync-changed'], onImported);

  const fileInputRef = useRef<HTMLInputElement>(null);
  const openFilePicker = useCallback(() => fileInputRef.current?.click(), []);
  const onFilesChosen = useCallback(
    (input: HTMLInputElement) => {
      const files = Array.from(input.files ?? []);
      // Cleared so choosing the same file again still fires a change.
      input.value = '';
      void importer.importFiles(files);
    },
    [importer],
  );

  const [pasteOpen, setPasteOpen] = useState(false);
  const [dismissedNotices, setDismissedNotices] = useState(false);
  // Remembered (also across a reload in the reader) so that coming back to the
  // library puts focus on the row that was open. Adjusted during render, React's
  // pattern for state derived from a changing value.
  const [lastOpenedId, setLastOpenedId] = useState<string | null>(null);
  if (route.name === 'source' && route.id !== lastOpenedId) setLastOpenedId(route.id);

  const openSource = useCallback((id: string) => navigate({ name: 'source', id }), [navigate]);
  const goToLibrary = useCallback(() => navigate({ name: 'library' } satisfies Route), [navigate]);
  // A different notebook: the open source belongs to the old one, and its notices are new.
  useAppEvent(['notebook-changed'], () => {
    setDismissedNotices(false);
    goToLibrary();
  });

  const dragging = useFileDrop((files) => void importer.importFiles(files));
  usePasteImport(
    route.name === 'library' && !pasteOpen,
    (text) => void importer.importText(text),
    (files) => void importer.importFiles(files),
    (html, text) => void importer.importHtml(html, text),
  );
  useEscape(route.name === 'source', goToLibrary);

  return {
    info,
    sources,
    route,
    importer,
    dragging,
    fileInputRef,
    openFilePicker,
    onFilesChosen,
    paste: {
      open: pasteOpen,
      show: () => setPasteOpen(true),
      close: () => setPasteOpen(false),
      submit: (text: string, title: string) => {
        setPasteOpen(false);
        void importer.importText(text, title);
      },
    },
    notices: dismissedNotices ? [] : (info.value?.notices ?? []),
    dismissNotices: () => setDismissedNotices(true),
    lastOpenedId,
    openSource,
    goToLibrary,
    pasteShortcut: pasteShortcutLabel(navigator.userAgent),
  };
}
