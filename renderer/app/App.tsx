import { useAppController } from './useAppController';
import { ShortcutsOverlay } from '../commands/ShortcutsOverlay';
import { SwitchNotebookDialog } from './SwitchNotebookDialog';
import { useShellCommands } from './useShellCommands';
import { useImportPickers } from '../import/useImportPickers';
import { WebAddressDialog } from '../import/WebAddressDialog';
import { CommandPalette } from '../search/CommandPalette';
import { AppHeader } from './AppHeader';
import { DropOverlay } from '../import/DropOverlay';
import { LoadError } from '../ui/LoadError';
import { NoticeBanner } from './NoticeBanner';
import { PasteDialog } from '../import/PasteDialog';
import { routeEntry, type PageShell } from './routeTable';
import { StatusArea } from './StatusArea';
import { SyncIndicator, SyncRefusal } from '../sync/SyncIndicator';
import { mayChangeIn, SyncStatusContext } from '../sync/SyncStatusContext';
import { useSharing } from '../sync/useSharing';

/** The shell: header, notices, import status, and the page the route table names. */
// Long because: the shell's layout top to bottom; each part is a component or hook already.
export function App() {
  const app = useAppController();
  const { info, sources, route, importer } = app;
  const pickers = useImportPickers(
    (files) => void importer.importFiles(files),
    (url) => void importer.importUrl(url),
  );
  const sharing = useSharing();
  const shell = useShellCommands(
    {
      openFilePicker: app.openFilePicker,
      showPaste: app.paste.show,
      openFolderPicker: pickers.openFolderPicker,
      showWebAddress: pickers.webAddress.show,
    },
    mayChangeIn(sharing.status, 'note'),
  );

  const entry = routeEntry(route);
  const content =
    info.status === 'error' && !info.value ? (
      <LoadError title="The notebook could not be opened" message={info.error} onRetry={info.reload} />
    ) : (
      entry.page(route, pageShell(app))
    );

  return (
    <div className="app">
      <SkipLink />
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
        onSearchClick={shell.palette.show}
        sync={<SyncIndicator status={sharing.status} />}
      />
      <NoticeBanner notices={app.notices} onDismiss={app.dismissNotices} />
      <SyncRefusal status={sharing.status} />
      <StatusArea
        busy={importer.busy}
        messages={importer.messages}
        onDismiss={importer.dismiss}
        onClear={importer.clear}
        batch={importer.batch}
        onCancel={importer.cancelFiles}
      />
      <ShellError error={shell.error} />
      <main id="main-content" tabIndex={-1} className={entry.fullHeight ? 'main main--reader' : 'main'}>
        <SyncStatusContext.Provider value={sharing.status}>{content}</SyncStatusContext.Provider>
      </main>
      <ShellDialogs app={app} pickers={pickers} shell={shell} />
      {sharing.dialogs}
      <DropOverlay visible={app.dragging} />
    </div>
  );
}

/** The shell's modal dialogs: paste, web address, the command palette, the shortcuts, switch notebook. */
function ShellDialogs({
  app,
  pickers,
  shell,
}: {
  app: ReturnType<typeof useAppController>;
  pickers: ReturnType<typeof useImportPickers>;
  shell: ReturnType<typeof useShellCommands>;
}) {
  return (
    <>
      <PasteDialog open={app.paste.open} onClose={app.paste.close} onSubmit={app.paste.submit} />
      <WebAddressDialog
        open={pickers.webAddress.open}
        onClose={pickers.webAddress.close}
        onSubmit={pickers.webAddress.submit}
      />
      <CommandPalette open={shell.palette.open} onClose={shell.palette.close} />
      <ShortcutsOverlay open={shell.shortcuts.open} onClose={shell.shortcuts.close} />
      <SwitchNotebookDialog
        open={shell.switchNotebook.open}
        onClose={shell.switchNotebook.close}
        folderPicker={app.info.value?.folderPicker === true}
      />
    </>
  );
}

/** The first Tab stop: it moves focus (not just the scroll) so the next Tab starts inside the page. */
function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}

/** A shell command that failed (such as New note), until dismissed. */
function ShellError({ error }: { error: { message: string | null; dismiss: () => void } }) {
  if (!error.message) return null;
  return (
    <p className="notice-inline" role="alert">
      {error.message}{' '}
      <button type="button" className="button button--quiet" onClick={error.dismiss}>
        Dismiss
      </button>
    </p>
  );
}

/** What the pages borrow from the shell: the library's state and its ways in, and a reload after changes. */
function pageShell(app: ReturnType<typeof useAppController>): PageShell {
  return {
    reloadSources: app.sources.reload,
    library: {
      sources: app.sources,
      onOpen: app.openSource,
      returnToId: app.lastOpenedId,
      onImportClick: app.openFilePicker,
      onPasteClick: app.paste.show,
      pasteShortcut: app.pasteShortcut,
    },
  };
}
