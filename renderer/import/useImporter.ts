import { useCallback, useRef, useState } from 'react';
import type { ImportResult } from '../../shared/contract/results';
import type { BatchProgress } from './batchProgress';
import { useFileQueue } from './useFileQueue';
import { describeFailure, describeImport, type StatusMessage } from './importMessages';
import { errorMessage } from '../transport/errorMessage';
import { useApi } from '../transport/ApiContext';

// A folder import reports every file, so the list keeps a good many lines.
const MAX_MESSAGES = 1000;

export interface Importer {
  busy: string | null;
  messages: StatusMessage[];
  /** Progress of a run of two or more files; null otherwise. */
  batch: BatchProgress | null;
  importFiles: (files: Iterable<File>) => Promise<void>;
  importText: (text: string, title?: string) => Promise<void>;
  /** Pasted HTML (clipboard text/html); falls back to its plain text if no article is found in it. */
  importHtml: (html: string, fallbackText?: string) => Promise<void>;
  importUrl: (url: string) => Promise<void>;
  cancelFiles: () => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

/**
 * Imports files, pasted text or HTML, and web addresses, and keeps a running
 * list of what happened to each. Files go one at a time (a batch of large files
 * must not sit in memory together).
 */
// Long because: every way of importing reports through the same status lines and batch, which it owns.
export function useImporter(onImported: () => void): Importer {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [messages, setMessages] = useState<StatusMessage[]>([]);
  const nextId = useRef(1);

  const report = useCallback((message: Omit<StatusMessage, 'id'>) => {
    const id = nextId.current++;
    setMessages((prev) => [...prev, { ...message, id }].slice(-MAX_MESSAGES));
  }, []);
  const queue = useFileQueue(api, report, onImported);

  /** Runs one non-file import with a busy line, reporting its result or failure. */
  const runOne = useCallback(
    async (label: string, attempt: () => Promise<ImportResult>) => {
      setBusy(label);
      try {
        report(describeImport(await attempt()));
        onImported();
      } catch (error) {
        report(describeFailure(null, errorMessage(error)));
      } finally {
        setBusy(null);
      }
    },
    [onImported, report],
  );

  const importText = useCallback(
    async (text: string, title?: string) => {
      if (text.trim().length === 0) {
        report(describeFailure(null, 'There was no text to import.'));
        return;
      }
      const trimmedTitle = title?.trim();
      await runOne('Importing pasted text…', () =>
        api.importText(trimmedTitle ? { text, title: trimmedTitle } : { text }),
      );
    },
    [api, report, runOne],
  );

  const importHtml = useCallback(
    async (html: string, fallbackText?: string) => {
      await runOne('Importing pasted page…', async () => {
        try {
          return await api.importHtml({ html });
        } catch (error) {
          // Some programs put bare markup on the clipboard with no article in it; the plain text still is one.
          if (!fallbackText?.trim()) throw error;
          return api.importText({ text: fallbackText });
        }
      });
    },
    [api, runOne],
  );

  const importUrl = useCallback(
    async (url: string) => {
      await runOne(`Capturing ${url}…`, () => api.importUrl({ url }));
    },
    [api, runOne],
  );

  const { importFiles: enqueue, dismissBatch } = queue;
  // Resolves once the files are queued; the progress bar and the lines report the rest.
  const importFiles = useCallback((files: Iterable<File>) => Promise.resolve(enqueue(files)), [enqueue]);
  const dismiss = useCallback((id: number) => setMessages((prev) => prev.filter((m) => m.id !== id)), []);
  const clear = useCallback(() => {
    setMessages([]);
    dismissBatch();
  }, [dismissBatch]);

  return {
    busy: busy ?? queue.busy,
    messages,
    batch: queue.batch,
    importFiles,
    importText,
    importHtml,
    importUrl,
    cancelFiles: queue.cancel,
    dismiss,
    clear,
  };
}
