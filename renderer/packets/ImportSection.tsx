import { useState } from 'react';
import { useApi } from '../transport/ApiContext';
import { encodeFile } from '../import/encodeFile';
import { errorMessage } from '../transport/errorMessage';
import { JobProgress } from './JobProgress';
import { PacketFileInput } from './PacketFileInput';
import { importLines } from './packetText';
import type { RecordKind } from '../../shared/packet/mergeKind';
import { usePacketJob } from './usePacketJob';

const KIND_WORDS: Record<RecordKind, string> = {
  source: 'Source',
  highlight: 'Highlight',
  entity: 'Entity',
  claim: 'Claim',
  note: 'Note',
  question: 'Question',
  rating: 'Rating',
};

/** Import: choose a packet, watch it merge, read what was added, linked and kept apart. */
// Long because: the import form, its job progress and its result share one job.
export function ImportSection({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const job = usePacketJob();
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The chosen packet, kept while its preview waits for the reporter's confirmation.
  const [pending, setPending] = useState<{ fileName: string; dataBase64: string } | null>(null);

  // First a dry run: the reporter sees what would be added and what would change before anything is written.
  const chosen = async (file: File) => {
    setFileName(file.name);
    setReadError(null);
    setPending(null);
    let dataBase64: string;
    try {
      dataBase64 = await encodeFile(file);
    } catch (error) {
      setReadError(errorMessage(error));
      return;
    }
    const preview = await job.start(() =>
      api.startPacketImport({ fileName: file.name, dataBase64, dryRun: true }),
    );
    if (preview?.state === 'done') setPending({ fileName: file.name, dataBase64 });
  };

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    const done = await job.start(() => api.startPacketImport({ ...pending, dryRun: false }));
    if (done?.state === 'done') onImported();
  };
  const cancel = () => {
    setPending(null);
    job.reset();
  };

  const imported = job.job?.state === 'done' ? job.job.imported : undefined;
  const failure = readError ?? job.error ?? job.job?.error;
  return (
    <section className="packet-section" aria-labelledby="packet-import-heading">
      <h2 id="packet-import-heading">Import a packet</h2>
      <p className="packet-section__intro">
        Merges a packet into this notebook. What it already has is linked, not copied; where the same record
        differs, both are kept.
      </p>
      <PacketFileInput
        label="Choose a packet to import"
        disabled={job.busy}
        onChosen={(f) => void chosen(f)}
      />
      {job.job && <JobProgress job={job.job} label="Import" />}
      {failure && (
        <p role="alert" className="packet-error">
          {fileName ? `‘${fileName}’ could not be imported: ` : 'The packet could not be imported: '}
          {failure}
        </p>
      )}
      {imported && (
        <div
          className="packet-summary"
          role="status"
          aria-label={imported.dryRun ? 'Import preview' : 'Import summary'}
        >
          <p className="packet-summary__title">
            {imported.dryRun ? `Before importing ${fileName}` : `Imported ${fileName}`}
          </p>
          {importLines(imported).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {imported.summary.length > 0 && (
            <ul className="packet-list" aria-label="Records already here">
              {imported.summary.map((line) => (
                <li key={line}>{line.trim()}</li>
              ))}
            </ul>
          )}
          {imported.dryRun && pending && (
            <p>
              <button type="button" onClick={() => void confirm()}>
                Import
              </button>{' '}
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </p>
          )}
          {!imported.dryRun && imported.conflicts.length > 0 && (
            <>
              <p>
                {imported.conflicts.length === 1
                  ? '1 record differed from the one here with the same id; both are kept:'
                  : `${imported.conflicts.length} records differed from the ones here with the same id; both are kept:`}
              </p>
              <ul className="packet-list" aria-label="Conflicts">
                {imported.conflicts.map((c) => (
                  <li key={`${c.kind}-${c.id}`}>
                    {KIND_WORDS[c.kind]}: {c.label || 'untitled'}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
