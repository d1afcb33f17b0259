import { useState } from 'react';
import { useAppController } from './useAppController';
import { useImportPickers } from '../import/useImportPickers';
import { WebAddressDialog } from '../import/WebAddressDialog';
import { CommandPalette } from '../search/CommandPalette';
import { usePaletteShortcut } from '../search/usePaletteShortcut';
import { AppHeader } from './AppHeader';
import { DropOverlay } from '../import/DropOverlay';
import { LoadError } from '../ui/LoadError';
import { NoticeBanner } from './NoticeBanner';
import { PasteDialog } from '../import/PasteDialog';
import { routeEntry } from './routeTable';
import { StatusArea } from './StatusArea';

/** The shell: header, notices, import status, and the page the route table names. */
export function App() {
  const app = useAppController();
  const { info, sources, route, importer } = app;
  const pickers = useImportPickers(
    (files) => void importer.importFiles(files),
    (url) => void importer.importUrl(url),
  );
  const [paletteOpen, setPaletteOpen] = useState(false);
  usePaletteShortcut(() => setPaletteOpen(true));

  const entry = routeEntry(route);
  const content =
    info.status === 'error' && !info.value ? (
      <LoadError title="The notebook could not be opened" message={info.error} onRetry={info.reload} />
    ) : (
      entry.page(route, {
        reloadSources: sources.reload,
        library: {
          sources,
          onOpen: app.openSource,
          returnToId: app.lastOpenedId,
          onImportClick: app.openFilePicker,
          onPasteClick: app.paste.show,
          pasteShortcut: app.pasteShortcut,
        },
      })
    );

  return (
    <div className="app">
      <AppHeader
        section={entry.section}
        notebook={{ name: info.value?.name ?? null, sourceCount: sources.value?.length ?? null }}
        imports={{
          fileInputRef: app.fileInputRef,
          onImportClick: app.openFilePicker,
          onFilesChosen: app.onFilesChosen,
          onPasteClick: app.paste.show,
          folderInputRef: pickers.folderInputRef,
          more: {
            onImportFolderClick: pickers.openFolderPicker,
            onFolderChosen: pickers.onFolderChosen,
            onWebAddressClick: pickers.webAddress.show,
          },
        }}
        onSearchClick={() => setPaletteOpen(true)}
      />
      <NoticeBanner notices={app.notices} onDismiss={app.dismissNotices} />
      <StatusArea
        busy={importer.busy}
        messages={importer.messages}
        onDismiss={importer.dismiss}
        onClear={importer.clear}
        batch={importer.batch}
        onCancel={importer.cancelFiles}
      />
      <main className={entry.fullHeight ? 'main main--reader' : 'main'}>{content}</main>
      <PasteDialog open={app.paste.open} onClose={app.paste.close} onSubmit={app.paste.submit} />
      <WebAddressDialog
        open={pickers.webAddress.open}
        onClose={pickers.webAddress.close}
        onSubmit={pickers.webAddress.submit}
      />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
      <DropOverlay visible={app.dragging} />
    </div>
  );
}
