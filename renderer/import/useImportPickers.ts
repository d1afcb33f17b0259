import { useCallback, useRef, useState } from 'react';
import { sortByPath } from './fileTriage';

/** The hidden folder input behind "Import folder", and the web address dialog's open state. */
export function useImportPickers(importFiles: (files: File[]) => void, importUrl: (url: string) => void) {
  const folderInputRef = useRef<HTMLInputElement>(null);
  const openFolderPicker = useCallback(() => folderInputRef.current?.click(), []);
  const onFolderChosen = useCallback(
    (input: HTMLInputElement) => {
      // Browsers hand a folder's files over in no particular order; by path reads like the folder.
      const files = sortByPath(Array.from(input.files ?? []));
      input.value = '';
      importFiles(files);
    },
    [importFiles],
  );

  const [webAddressOpen, setWebAddressOpen] = useState(false);
  return {
    folderInputRef,
    openFolderPicker,
    onFolderChosen,
    webAddress: {
      open: webAddressOpen,
      show: () => setWebAddressOpen(true),
      close: () => setWebAddressOpen(false),
      submit: (url: string) => {
        setWebAddressOpen(false);
        importUrl(url);
      },
    },
  };
}
