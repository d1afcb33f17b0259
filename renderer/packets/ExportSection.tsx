import { useState, type FormEvent } from 'react';
import { useApi } from '../transport/ApiContext';
import { formatBytes } from '../ui/formatBytes';
import { errorMessage } from '../transport/errorMessage';
import type { QuoteReport } from '../../shared/quotes';
import { ExportQuoteCheck } from './ExportQuoteCheck';
import { JobProgress } from './JobProgress';
import { leftOutSentence } from './packetText';
import { saveBytes } from './saveBytes';
import { useExportChoices } from './useExportChoices';
import { usePacketJob } from './usePacketJob';
import { noteTitle } from '../../shared/notes/noteFacts';

type Scope = 'notebook' | 'notes' | 'tag';

/** Export: what goes in, whether confidential material does, the progress, and Save. */
// Long because: the export form (scope, notes, confidential items, progress); the export dialog reshapes it.
export function ExportSection() {
  const api = useApi();
  const choices = useExportChoices();
  const job = usePacketJob();
  const [scope, setScope] = useState<Scope>('notebook');
  const [noteIds, setNoteIds] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const missingChoice = (scope === 'notes' && noteIds.length === 0) || (scope === 'tag' && tag.trim() === '');

  const [quoteReports, setQuoteReports] = useState<QuoteReport[] | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);

  const startExport = () => {
    setQuoteReports(null);
    setSaveError(null);
    setSaved(null);
    void job.start(() =>
      api.startPacketExport({
        includeConfidential,
        ...(scope === 'notes' ? { noteIds } : {}),
        ...(scope === 'tag' ? { tag: tag.trim() } : {}),
      }),
    );
  };

  /** Chosen notes are checked first: their quote problems are shown, and the reporter decides. */
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (missingChoice || job.busy) return;
    setCheckError(null);
    if (scope === 'notes') {
      try {
        const reports = await Promise.all(noteIds.map((noteId) => api.checkNoteQuotes({ noteId })));
        if (reports.some((r) => r.findings.some((f) => f.status !== 'exact'))) {
          setQuoteReports(reports);
          return;
        }
      } catch (error) {
        setCheckError(`The quotations could not be checked: ${errorMessage(error)}`);
        return;
      }
    }
    startExport();
  };

  const save = async () => {
    const id = job.job?.id;
    if (!id) return;
    try {
      const file = await api.readPacketExport({ id });
      saveBytes(file.fileName, file.dataBase64);
      setSaved(file.fileName);
      setSaveError(null);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  };

  const toggleNote = (id: string, on: boolean) =>
    setNoteIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const exported = job.job?.state === 'done' ? job.job.exported : undefined;
  const leftOut = exported ? leftOutSentence(exported.leftOut) : null;
  return (
    <section className="packet-section" aria-labelledby="packet-export-heading">
      <h2 id="packet-export-heading">Export a packet</h2>
      <p className="packet-section__intro">
        One .zip with the sources, highlights, notes with their citations, the claims and entities, and an
        offline page (index.html) that opens in any browser.
      </p>
      <form onSubmit={(event) => void submit(event)} aria-label="Export a packet">
        <fieldset className="packet-fieldset">
          <legend>What goes in</legend>
          <label className="packet-choice">
            <input
              type="radio"
              name="scope"
              checked={scope === 'notebook'}
              onChange={() => setScope('notebook')}
            />
            The whole notebook
          </label>
          <label className="packet-choice">
            <input type="radio" name="scope" checked={scope === 'notes'} onChange={() => setScope('notes')} />
            Chosen notes, with what they cite
          </label>
          {scope === 'notes' &&
            (choices.notes.length === 0 ? (
              <p className="packet-muted">{choices.error ?? 'There are no notes yet.'}</p>
            ) : (
              <ul className="packet-notes" aria-label="Notes to export">
                {choices.notes.map((note) => (
                  <li key={note.id}>
                    <label className="packet-choice">
                      <input
                        type="checkbox"
                        checked={noteIds.includes(note.id)}
                        onChange={(event) => toggleNote(note.id, event.currentTarget.checked)}
                      />
                      {noteTitle(note.title)}
                    </label>
                  </li>
                ))}
              </ul>
            ))}
          <label className="packet-choice">
            <input type="radio" name="scope" checked={scope === 'tag'} onChange={() => setScope('tag')} />
            Sources with a tag
          </label>
          {scope === 'tag' && (
            <input
              className="field__input packet-tag"
              aria-label="Tag"
              placeholder="e.g. harbour"
              value={tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
          )}
        </fieldset>
        <label className="packet-choice packet-choice--confidential">
          <input
            type="checkbox"
            checked={includeConfidential}
            onChange={(event) => setIncludeConfidential(event.currentTarget.checked)}
          />
          Include confidential material
        </label>
        <div className="packet-actions">
          <button type="submit" className="button button--primary" disabled={job.busy || missingChoice}>
            Export
          </button>
        </div>
      </form>
      {checkError && (
        <p role="alert" className="packet-error">
          {checkError}
        </p>
      )}
      {quoteReports && (
        <ExportQuoteCheck
          reports={quoteReports}
          onGoOn={startExport}
          onCancel={() => setQuoteReports(null)}
        />
      )}
      {job.job && <JobProgress job={job.job} label="Export" />}
      {(job.error ?? job.job?.error) && (
        <p role="alert" className="packet-error">
          The packet could not be made: {job.error ?? job.job?.error}
        </p>
      )}
      {exported && (
        <div className="packet-summary" role="status" aria-label="Export summary">
          <p className="packet-summary__title">Packet ready: {exported.fileName}</p>
          <dl className="packet-facts">
            <dt>Files</dt>
            <dd>{exported.files.toLocaleString('en')}</dd>
            <dt>Size</dt>
            <dd>{formatBytes(exported.bytes)}</dd>
            <dt>Digest</dt>
            <dd>
              <code className="packet-digest">{exported.digest}</code>
            </dd>
          </dl>
          {leftOut && <p className="packet-leftout">{leftOut}.</p>}
          <div className="packet-actions">
            <button type="button" className="button button--primary" onClick={() => void save()}>
              Save packet
            </button>
            {saved && <span className="packet-muted">Saved as {saved}.</span>}
          </div>
          {saveError && (
            <p role="alert" className="packet-error">
              The packet could not be saved: {saveError}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
