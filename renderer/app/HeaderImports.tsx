import type { Ref } from 'react';
import { MoreImportsMenu } from '../import/MoreImportsMenu';

export interface HeaderImportsProps {
  fileInputRef: Ref<HTMLInputElement>;
  onImportClick: () => void;
  onFilesChosen: (input: HTMLInputElement) => void;
  onPasteClick: () => void;
  /** Behind "Import folder"; kept apart from `more` because the hooks linter treats an object holding a ref as a ref. */
  folderInputRef?: Ref<HTMLInputElement>;
  /** "Import folder" and "Add from web address"; left out where a host cannot offer them. */
  more?: {
    onImportFolderClick: () => void;
    onFolderChosen: (input: HTMLInputElement) => void;
    onWebAddressClick: () => void;
  };
}

// React has no typed prop for these; as plain attributes they make the picker choose a folder.
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as Record<string, string>;

/** The header's ways in: paste text, more imports, import files, with the hidden file inputs behind them. */
export function HeaderImports({
  fileInputRef,
  onImportClick,
  onFilesChosen,
  onPasteClick,
  folderInputRef,
  more,
}: HeaderImportsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onPasteClick}>
        Paste text
      </button>
      {more && (
        <MoreImportsMenu onImportFolder={more.onImportFolderClick} onWebAddress={more.onWebAddressClick} />
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
      {more && (
        <input
          ref={folderInputRef}
          type="file"
          multiple
          {...FOLDER_PICKER}
          aria-label="Import folder"
          tabIndex={-1}
          hidden
          onChange={(event) => more.onFolderChosen(event.currentTarget)}
        />
      )}
    </>
  );
}
