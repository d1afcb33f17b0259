import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../shared/contract/limits';
import { bytesToBase64 } from '../lib/base64';
import { describeFailure, describeImport, type StatusMessage } from '../lib/importMessages';
import { errorMessage } from '../transport/ApiCallError';
import { useApi } from './ApiContext';

const MAX_MESSAGES = 50;

export interface Importer {
  busy: string | null;
  messages: StatusMessage[];
  importFiles: (files: Iterable<File>) => Promise<void>;
  importText: (text: string, title?: string) => Promise<void>;
  dismiss: (id: number) => void;
  clear: () => void;
}

/**
 * Imports files and pasted text one at a time (a batch of large files must not
 * sit in memory together) and keeps a running list of what happened to each.
 */
export function useImporter(onImported: () => void): Importer {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [messages, setMessages] = useState<StatusMessage[]>([]);
  const nextId = useRef(1);

  const report = useCallback((message: Omit<StatusMessage, 'id'>) => {
    const id = nextId.current++;
    setMessages((prev) => [...prev, { ...message, id }].slice(-MAX_MESSAGES));
  }, []);

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      const list = Array.from(files);
      if (list.length === 0) return;
      let changed = false;
      for (const [index, file] of list.entries()) {
        setBusy(
          list.length > 1
            ? `Importing ${file.name} (${index + 1} of ${list.length})…`
            : `Importing ${file.name}…`,
        );
        try {
          if (file.size > MAX_IMPORT_BYTES) {
            report(describeFailure(file.name, 'the file is larger than 50 MB.'));
            continue;
          }
          const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
          report(describeImport(await api.importFile({ fileName: file.name, dataBase64 })));
          changed = true;
        } catch (error) {
          report(describeFailure(file.name, errorMessage(error)));
        }
      }
      setBusy(null);
      if (changed) onImported();
    },
    [api, onImported, report],
  );

  const importText = useCallback(
    async (text: string, title?: string) => {
      if (text.trim().length === 0) {
        report(describeFailure(null, 'There was no text to import.'));
        return;
      }
      setBusy('Importing pasted text…');
      try {
        const trimmedTitle = title?.trim();
        report(describeImport(await api.importText(trimmedTitle ? { text, title: trimmedTitle } : { text })));
        onImported();
      } catch (error) {
        report(describeFailure(null, errorMessage(error)));
      } finally {
        setBusy(null);
      }
    },
    [api, onImported, report],
  );

  const dismiss = useCallback((id: number) => setMessages((prev) => prev.filter((m) => m.id !== id)), []);
  const clear = useCallback(() => setMessages([]), []);

  return { busy, messages, importFiles, importText, dismiss, clear };
}
