import { useState } from 'react';
import { ClaimsBoard } from '../claims/ClaimsBoard';
import { EntitiesPage } from '../entities/EntitiesPage';
import { EntityPage } from '../entities/EntityPage';
import { ComparePage } from '../compare/ComparePage';
import { useAppController } from './useAppController';
import { useImportPickers } from '../import/useImportPickers';
import { WebAddressDialog } from '../import/WebAddressDialog';
import { routeHash, sourceLink } from '../ui/route';
import { NotesPage } from '../notes/NotesPage';
import { PacketsPage } from '../packets/PacketsPage';
import { CommandPalette } from '../search/CommandPalette';
import { SearchPage } from '../search/SearchPage';
import { usePaletteShortcut } from '../search/usePaletteShortcut';
import { AppHeader } from './AppHeader';
import { DropOverlay } from '../import/DropOverlay';
import { LibraryPage } from '../library/LibraryPage';
import { LoadError } from '../ui/LoadError';
import { NoticeBanner } from './NoticeBanner';
import { PasteDialog } from '../import/PasteDialog';
import { ReaderPage } from '../reader/ReaderPage';
import { SourceDetailsPage } from '../sourceDetails/SourceDetailsPage';
import { StatusArea } from './StatusArea';

/** The shell: header, notices, import status, and the library or the reader. */
export function App() {
  const app = useAppController();
  const { info, sources, route, importer } = app;
  const pickers = useImportPickers(
    (files) => void importer.importFiles(files),
    (url) => void importer.importUrl(url),
  );
  const [paletteOpen, setPaletteOpen] = useState(false);
  usePaletteShortcut(() => setPaletteOpen(true));

  let content;
  if (info.status === 'error' && !info.value) {
    content = (
      <LoadError title="The notebook could not be opened" message={info.error} onRetry={info.reload} />
    );
  } else if (route.name === 'source') {
    content = (
      <ReaderPage key={route.id} id={route.id} highlightId={route.highlightId} at={route.at} to={route.to} />
    );
  } else if (route.name === 'sourceDetails') {
    content = (
      <SourceDetailsPage
        key={route.id}
        id={route.id}
        showRemoved={route.showRemoved ?? false}
        onChanged={sources.reload}
      />
    );
  } else if (route.name === 'compare') {
    content = (
      <ComparePage key={`${route.leftId}/${route.rightId}`} leftId={route.leftId} rightId={route.rightId} />
    );
  } else if (route.name === 'entities') {
    content = <EntitiesPage />;
  } else if (route.name === 'entity') {
    content = <EntityPage key={route.id} id={route.id} />;
  } else if (route.name === 'search') {
    content = <SearchPage q={route.q} />;
  } else if (route.name === 'claims') {
    content = <ClaimsBoard />;
  } else if (route.name === 'notes') {
    content = (
      <NotesPage
        noteId={route.id ?? null}
        onOpenNote={(id) => {
          window.location.hash = routeHash({ name: 'notes', id });
        }}
        onOpenCitation={(target) => {
          window.location.hash = sourceLink(target.sourceId, { highlightId: target.highlightId });
        }}
      />
    );
  } else if (route.name === 'packets') {
    content = <PacketsPage onImported={sources.reload} />;
  } else if (sources.value) {
    content = (
      <LibraryPage
        sources={sources.value}
        onOpen={app.openSource}
        returnToId={app.lastOpenedId}
        onImportClick={app.openFilePicker}
        onPasteClick={app.paste.show}
        pasteShortcut={app.pasteShortcut}
      />
    );
  } else if (sources.status === 'error') {
    content = (
      <LoadError title="The library could not be loaded" message={sources.error} onRetry={sources.reload} />
    );
  } else {
    content = (
      <p className="loading" role="status">
        Loading the library…
      </p>
    );
  }

  return (
    <div className="app">
      <AppHeader
        section={
          route.name === 'entity'
            ? 'entities'
            : ['source', 'sourceDetails', 'compare'].includes(route.name)
              ? 'library'
              : route.name
        }
        notebookName={info.value?.name ?? null}
        sourceCount={sources.value?.length ?? null}
        fileInputRef={app.fileInputRef}
        onImportClick={app.openFilePicker}
        onFilesChosen={app.onFilesChosen}
        onPasteClick={app.paste.show}
        folderInputRef={pickers.folderInputRef}
        onImportFolderClick={pickers.openFolderPicker}
        onFolderChosen={pickers.onFolderChosen}
        onWebAddressClick={pickers.webAddress.show}
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
      <main className={route.name === 'source' ? 'main main--reader' : 'main'}>{content}</main>
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
