import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { routeHash } from '../ui/route';
import { placeCaret } from './caret';
import { ReaderCaret } from './ReaderCaret';
import type { SourceWithText } from '../../shared/contract/results';
import { Reader } from './Reader';
import { sourceLink } from '../ui/route';
import { CitedIn } from './highlights/CitedIn';
import { ConfirmDeleteDialog } from './highlights/ConfirmDeleteDialog';
import { HighlightedText } from './HighlightedText';
import { commentOn, HighlightPanel } from './highlights/HighlightPanel';
import { NotesSplit } from './NotesSplit';
import { SelectionToolbar } from './SelectionToolbar';
import { Toast } from './Toast';
import type { DeepLink } from './useDeepLink';
import { useReaderWorkspace, type ReaderWorkspace as ReaderWorkspaceState } from './useReaderWorkspace';
import './reader.css';
import './selectionToolbar.css';
import './highlights/panel.css';
import './highlights/highlightEditor.css';
import './highlights/citing.css';
import './readerSide.css';

interface Props {
  data: SourceWithText;
  target: DeepLink | null;
  /** The source's text changed (a block moved out of or back into the article): read it again. */
  onTextChanged: () => void;
}

/** The reader with highlighting: the text and its toolbar on the left, the side panel on the right. */
// Long because: places the reader's regions (text, toolbar, notes, panel, toast, dialog), each a component.
export function ReaderWorkspace({ data, target, onTextChanged }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const ws = useReaderWorkspace(data, target, rootRef, scrollRef, onTextChanged);
  const { reveal, activeId } = ws.highlights;
  const { citing, split } = ws.notes;
  const { reload: reloadCiting } = citing;
  const onNoteChanged = useCallback(() => reloadCiting(), [reloadCiting]);

  const onTextClick = useClickToSelect(reveal, activeId);
  const [panelHidden, setPanelHidden] = useState(false);
  // Under 1,100 px the panel and the note share the side column (readerSide.css); this picks the tab.
  const [sideTab, setSideTab] = useState<'panel' | 'note'>('note');
  const toggleNote = () => {
    if (!split.open) setSideTab('note');
    split.toggle();
  };
  const { cite } = ws.notes;
  useCommandHandlers({
    'reader.toggleNote': toggleNote,
    'reader.togglePanel': () => setPanelHidden((hidden) => !hidden),
    // The panel answers m while it is shown; hidden, m shows it for the comment field.
    'panel.comment': panelHidden
      ? () =>
          commentOn(ws, () => {
            setPanelHidden(false);
            setSideTab('panel');
          })
      : null,
    // Here, not in the panel: citing needs no panel, and q works with it hidden too.
    'panel.cite': () => {
      if (!activeId) return false;
      void cite(activeId);
    },
    'reader.details': () => {
      window.location.hash = routeHash({ name: 'sourceDetails', id: data.source.id });
    },
  });
  const layout = ['reader-layout'];
  if (split.open) layout.push('reader-layout--notes');
  if (panelHidden) layout.push('reader-layout--no-panel');
  if (split.open && !panelHidden) layout.push(`reader-layout--side-${sideTab}`);

  return (
    <div className={layout.join(' ')}>
      <div className="reader-layout__text reader-scroll" ref={scrollRef}>
        <Reader
          data={data}
          navExtra={
            <button
              type="button"
              className="button button--quiet button--small reader__notes-toggle"
              aria-pressed={split.open}
              onClick={toggleNote}
            >
              Notes
            </button>
          }
          headerExtra={<CitedIn notes={citing.notes} className="cited-in reader__cited" />}
          body={
            <HighlightedText
              text={ws.doc.text}
              paragraphs={ws.doc.paragraphs}
              segments={ws.doc.segments}
              activeId={activeId}
              rootRef={rootRef}
              onClick={onTextClick}
              language={data.source.language}
              onFocus={(event) => {
                if (event.target === event.currentTarget) placeCaret(event.currentTarget);
              }}
            />
          }
        />
        <ReaderSelectionToolbar ws={ws} />
      </div>
      {split.open && !panelHidden && <SideTabs tab={sideTab} onTab={setSideTab} />}
      {split.open && (
        <NotesSplit
          noteId={split.noteId}
          version={split.version}
          busy={split.creating}
          onCreate={() => void split.createNote()}
          onClose={split.toggle}
          onOpenCitation={(target) => {
            window.location.hash = sourceLink(target.sourceId, { highlightId: target.highlightId });
          }}
          onNoteChanged={onNoteChanged}
        />
      )}
      {!panelHidden && <HighlightPanel ws={ws} />}
      <ReaderCaret rootRef={rootRef} />
      <Toast toast={ws.toast.toast} onDismiss={ws.toast.dismiss} />
      {ws.deleteGuard.pending && (
        <ConfirmDeleteDialog
          notes={ws.deleteGuard.pending.notes}
          busy={ws.actions.busy}
          onConfirm={ws.deleteGuard.confirm}
          onCancel={ws.deleteGuard.cancel}
        />
      )}
    </div>
  );
}

/** Under 1,100 px: tabs between the note and the highlights panel, which share the side column. */
function SideTabs({ tab, onTab }: { tab: 'panel' | 'note'; onTab: (tab: 'panel' | 'note') => void }) {
  const tabs = [
    ['note', 'Note'],
    ['panel', 'Highlights'],
  ] as const;
  return (
    <div className="reader-side-tabs" role="tablist" aria-label="Beside the text">
      {tabs.map(([key, label]) => (
        <button
          key={key}
          type="button"
          role="tab"
          className="reader-side-tabs__tab"
          aria-selected={tab === key}
          onClick={() => onTab(key)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The toolbar over the selected text, its buttons and forms acting on the selection. */
function ReaderSelectionToolbar({ ws }: { ws: ReaderWorkspaceState }) {
  const { pending } = ws.selection;
  if (!pending) return null;
  return (
    <SelectionToolbar
      selection={pending}
      mode={ws.selection.mode}
      quote={ws.selection.quote}
      busy={ws.actions.busy}
      entities={ws.entities.entities}
      onColor={(color) => void ws.actions.fromSelection.color(color)}
      onMode={ws.selection.setMode}
      onComment={(comment) => void ws.actions.fromSelection.comment(comment)}
      onEntity={(entity) => void ws.actions.fromSelection.entity(entity)}
      onCreateEntity={(name, type) => void ws.actions.fromSelection.newEntity(name, type)}
      onClaim={(statement, stance) => void ws.actions.fromSelection.claim(statement, stance)}
      onNotArticle={() => void ws.actions.fromSelection.notArticle()}
      onCancel={ws.selection.cancelForm}
    />
  );
}

/**
 * A click (not a drag) on a drawn highlight selects it; clicking again where highlights overlap steps out
 * to the next one, so every layer can be reached.
 */
function useClickToSelect(reveal: (id: string | null, focusCard?: boolean) => void, activeId: string | null) {
  return useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!document.getSelection()?.isCollapsed) return;
      const ids =
        (event.target as Element).closest('mark[data-ids]')?.getAttribute('data-ids')?.split(' ') ?? [];
      if (ids.length === 0) return;
      const at = activeId ? ids.indexOf(activeId) : -1;
      reveal(ids[(at + 1) % ids.length] ?? null, false);
    },
    [reveal, activeId],
  );
}
