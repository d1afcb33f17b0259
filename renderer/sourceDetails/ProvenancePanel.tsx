import type { Source, TextEdit } from '../../shared/model/source';
import { CopyButton } from './CopyButton';
import { formatBytes } from '../ui/formatBytes';

const when = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'medium' }).format(new Date(iso));

function Hash({ value, label }: { value: string; label: string }) {
  return (
    <div className="details__hash">
      <code className="details__mono">{value}</code>
      <CopyButton text={value} label={`Copy ${label}`} />
    </div>
  );
}

const EDIT_WORDS: Record<TextEdit['action'], string> = {
  removed: 'Marked as not part of the article',
  restored: 'Put back into the article',
};

/** Every change the reporter made to the clean text, oldest first (the original stays as imported). */
function TextEdits({ edits }: { edits: readonly TextEdit[] }) {
  if (edits.length === 0) return <span className="muted">None: the clean text is as imported.</span>;
  return (
    <ol className="details__notes details__edits">
      {edits.map((edit, index) => (
        <li key={index}>
          {EDIT_WORDS[edit.action]} on <time dateTime={edit.at}>{when(edit.at)}</time>: “{edit.excerpt}
          {edit.length > edit.excerpt.length ? '…' : ''}” ({edit.length.toLocaleString()} characters at{' '}
          {edit.start.toLocaleString()})
        </li>
      ))}
    </ol>
  );
}

/** The evidence trail: exact hashes, when and how the source was captured, and what the importer noted. */
// Long because: the provenance facts in order.
export function ProvenancePanel({ source }: { source: Source }) {
  const { original } = source;
  return (
    <section className="details__panel" aria-labelledby="details-provenance">
      <h2 id="details-provenance" className="details__heading">
        Provenance
      </h2>
      <dl className="details__list">
        <div className="details__row">
          <dt>SHA-256 of the original</dt>
          <dd>
            <Hash value={original.sha256} label="SHA-256 of the original" />
            <p className="details__origin">The exact bytes as imported; kept unchanged.</p>
          </dd>
        </div>
        <div className="details__row">
          <dt>SHA-256 of the clean text</dt>
          <dd>
            <Hash value={source.textSha256} label="SHA-256 of the clean text" />
            <p className="details__origin">The text you read and highlight, as UTF-8.</p>
          </dd>
        </div>
        <div className="details__row">
          <dt>Captured</dt>
          <dd>
            <time dateTime={source.capturedAt}>{when(source.capturedAt)}</time>{' '}
            <code className="details__mono details__mono--muted">{source.capturedAt}</code>
          </dd>
        </div>
        <div className="details__row">
          <dt>{original.url ? 'Captured from' : 'Original file'}</dt>
          <dd>
            {original.url ? (
              <div className="details__hash">
                <code className="details__mono">{original.url}</code>
                <CopyButton text={original.url} label="Copy the address it was captured from" />
              </div>
            ) : (
              (original.fileName ?? <span className="muted">Pasted, no file</span>)
            )}
          </dd>
        </div>
        <div className="details__row">
          <dt>Media type and size</dt>
          <dd>
            <code className="details__mono">{original.mediaType}</code>, {formatBytes(original.size)}
          </dd>
        </div>
        <div className="details__row">
          <dt>Importer</dt>
          <dd>
            {source.importer.name} {source.importer.version}
          </dd>
        </div>
        <div className="details__row">
          <dt>Changes to the clean text</dt>
          <dd>
            <TextEdits edits={source.textEdits ?? []} />
          </dd>
        </div>
        <div className="details__row">
          <dt>Import notes</dt>
          <dd>
            {source.importNotes.length === 0 ? (
              <span className="muted">None</span>
            ) : (
              <ul className="details__notes">
                {source.importNotes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
