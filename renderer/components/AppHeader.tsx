import type { Ref } from 'react';

interface Props {
  notebookName: string | null;
  sourceCount: number | null;
  fileInputRef: Ref<HTMLInputElement>;
  onImportClick: () => void;
  onFilesChosen: (input: HTMLInputElement) => void;
  onPasteClick: () => void;
}

/** Notebook name and the two ways in: import files, paste text. */
export function AppHeader({
  notebookName,
  sourceCount,
  fileInputRef,
  onImportClick,
  onFilesChosen,
  onPasteClick,
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
      <div className="app-header__actions">
        <button type="button" className="button" onClick={onPasteClick}>
          Paste text
        </button>
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
      </div>
    </header>
  );
}
