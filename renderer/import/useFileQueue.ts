import { useCallback, useRef, useState } from 'react';
import type { Api } from '../../shared/contract/contract';
import { describeFailure, describeImport, type StatusMessage } from './importMessages';
import { errorMessage } from '../transport/errorMessage';
import {
  addFiles,
  describeFileFailure,
  describeFileResult,
  describeHiddenSkips,
  describeSkip,
  fileDone,
  finish,
  type BatchProgress,
} from './batchProgress';
import { encodeFile, yieldToUi } from './encodeFile';
import { triageFile } from './fileTriage';

type Report = (message: Omit<StatusMessage, 'id'>) => void;

// A long folder import refreshes the library now and then, not after every file.
const REFRESH_EVERY_MS = 3000;

export interface FileQueue {
  /** The batch on show (two or more files); null when idle or for a lone file. */
  batch: BatchProgress | null;
  /** "Importing x…" for a lone file. */
  busy: string | null;
  importFiles: (files: Iterable<File>) => void;
  cancel: () => void;
  dismissBatch: () => void;
}

/**
 * Imports files one at a time through `importFile`: the host parses, the page
 * only encodes (in slices) and yields between files so it stays responsive.
 * Files chosen while a batch runs join it; Cancel stops after the current file.
 */
// Long because: one queue whose callbacks share its refs (pending files, cancel flag) in one closure.
export function useFileQueue(api: Api, report: Report, onImported: () => void): FileQueue {
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  const pending = useRef<File[]>([]);
  const running = useRef(false);
  const cancelled = useRef(false);
  // Files in the current run, so a lone file keeps the plain one-line messages.
  const total = useRef(0);

  const run = useCallback(async () => {
    running.current = true;
    let unsaved = false;
    // Zero so the first imported file shows in the library at once.
    let lastRefresh = 0;
    const hidden: string[] = [];
    for (let file = pending.current.shift(); file; file = pending.current.shift()) {
      if (cancelled.current) break;
      const lone = total.current === 1;
      const triage = triageFile(file);
      if (!triage.send) {
        if (triage.hidden) hidden.push(file.name);
        else report(describeSkip(file.name, triage.reason));
        setBatch((b) => b && fileDone(b, 'skipped'));
        continue;
      }
      const name = file.name;
      setBatch((b) => b && { ...b, current: name });
      try {
        const result = await api.importFile({ fileName: name, dataBase64: await encodeFile(file) });
        const line = describeFileResult(name, result);
        report(lone ? describeImport(result) : line);
        setBatch((b) => b && fileDone(b, line.outcome));
        unsaved ||= result.status === 'imported';
      } catch (error) {
        report(
          lone ? describeFailure(name, errorMessage(error)) : describeFileFailure(name, errorMessage(error)),
        );
        setBatch((b) => b && fileDone(b, 'failed'));
      }
      if (unsaved && Date.now() - lastRefresh > REFRESH_EVERY_MS) {
        onImported();
        unsaved = false;
        lastRefresh = Date.now();
      }
      await yieldToUi();
    }
    pending.current = [];
    if (hidden.length > 0) report(describeHiddenSkips(hidden));
    setBatch((b) => b && finish(b));
    running.current = false;
    if (unsaved) onImported();
  }, [api, onImported, report]);

  const importFiles = useCallback(
    (files: Iterable<File>) => {
      const list = Array.from(files);
      if (list.length === 0) return;
      if (!running.current) total.current = 0;
      cancelled.current = false;
      total.current += list.length;
      pending.current.push(...list);
      setBatch((b) => addFiles(b, list.length));
      if (!running.current) void run();
    },
    [run],
  );

  const cancel = useCallback(() => {
    // Cleared now so that files chosen after Cancel are not thrown away with these.
    pending.current = [];
    cancelled.current = true;
    setBatch((b) => (b && b.state === 'running' ? { ...b, state: 'cancelling' } : b));
  }, []);

  const dismissBatch = useCallback(
    () => setBatch((b) => (b && (b.state === 'running' || b.state === 'cancelling') ? b : null)),
    [],
  );

  const lone = batch !== null && batch.total === 1;
  return {
    batch: lone ? null : batch,
    busy: lone && batch.current && batch.state === 'running' ? `Importing ${batch.current}…` : null,
    importFiles,
    cancel,
    dismissBatch,
  };
}
