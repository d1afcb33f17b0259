import type { Ref } from 'react';
import { MoreImportsMenu } from '../import/MoreImportsMenu';
import { routeHash } from '../ui/route';
import { searchShortcutLabel } from '../search/shortcutLabel';

const SECTIONS = [
  { key: 'library', label: 'Library', href: routeHash({ name: 'library' }) },
  { key: 'entities', label: 'Entities', href: routeHash({ name: 'entities' }) },
  { key: 'claims', label: 'Claims', href: routeHash({ name: 'claims' }) },
  { key: 'notes', label: 'Notes', href: routeHash({ name: 'notes' }) },
  { key: 'packets', label: 'Packets', href: routeHash({ name: 'packets' }) },
] as const;

interface Props {
  /** The part of the app on show, marked in the navigation. */
  section?: string;
  notebookName: string | null;
  sourceCount: number | null;
  fileInputRef: Ref<HTMLInputElement>;
  onImportClick: () => void;
  onFilesChosen: (input: HTMLInputElement) => void;
  onPasteClick: () => void;
  /** "Import folder" and "Add from web address"; left out where a host cannot offer them. */
  folderInputRef?: Ref<HTMLInputElement>;
  onImportFolderClick?: () => void;
  onFolderChosen?: (input: HTMLInputElement) => void;
  onWebAddressClick?: () => void;
  /** Opens the search palette (Ctrl/Cmd+K). */
  onSearchClick?: () => void;
}

// React has no typed prop for these; as plain attributes they make the picker choose a folder.
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as Record<string, string>;

/** Notebook name and the two ways in: import files, paste text. */
export function AppHeader({
  section,
  notebookName,
  sourceCount,
  fileInputRef,
  onImportClick,
  onFilesChosen,
  onPasteClick,
  folderInputRef,
  onImportFolderClick,
  onFolderChosen,
  onWebAddressClick,
  onSearchClick,
}: Props) {
  return (
    <header className="app-header">
      <div className="app-header__name">
        <span className="app-header__product">Research Notebook</span>
        <span className="app-header__notebook" title={notebookName ?? undefined}>
          {notebookName ?? '\u00a0'}
        </span>
        {sourceCount !== null && (
          <span className="app-header__count">
            {sourceCount.toLocaleString()} {sourceCount === 1 ? 'source' : 'sources'}
          </span>
        )}
      </div>
      <nav className="app-nav" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a
            key={s.key}
            href={s.href}
            className="app-nav__link"
            aria-current={section === s.key ? 'page' : undefined}
          >
            {s.label}
          </a>
        ))}
      </nav>
      <div className="app-header__actions">
        {onSearchClick && (
          <button
            type="button"
            className="button app-header__search"
            onClick={onSearchClick}
            aria-keyshortcuts="Control+K Meta+K"
          >
            Search <kbd aria-hidden="true">{searchShortcutLabel(navigator.userAgent)}</kbd>
          </button>
        )}
        <button type="button" className="button" onClick={onPasteClick}>
          Paste text
        </button>
        {onImportFolderClick && onWebAddressClick && (
          <MoreImportsMenu onImportFolder={onImportFolderClick} onWebAddress={onWebAddressClick} />
        )}
        <button type="button" className="button button--primary" onClick={onImportClick}>
          Import files
        </button>
        <input
          ref={fileInputRef}
          type="file"
          multiple
          accept=".txt,.md,.html,.htm,.pdf,.docx"
          aria-label="Import files"
          tabIndex={-1}
          hidden
          onChange={(event) => onFilesChosen(event.currentTarget)}
        />
        {onFolderChosen && (
          <input
            ref={folderInputRef}
            type="file"
            multiple
            {...FOLDER_PICKER}
            aria-label="Import folder"
            tabIndex={-1}
            hidden
            onChange={(event) => onFolderChosen(event.currentTarget)}
          />
        )}
      </div>
    </header>
  );
}
