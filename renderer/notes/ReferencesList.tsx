import { memo } from 'react';
import type { Reference } from '../../shared/notes/buildReferences';
import { referenceLine } from '../../shared/notes/buildReferences';
import type { CitationTarget } from '../../shared/notes/collectCitations';
import { isWebUrl, openExternalLink } from './editor/externalLinks';
import { formatDate } from '../ui/formatDate';

interface Props {
  references: Reference[];
  error: string | null;
  onOpen: (target: CitationTarget) => void;
}

/** The numbered sources a note cites, in citation order; read-only. Memoised: a long list must not re-render per keystroke. */
export const ReferencesList = memo(function ReferencesList({ references, error, onOpen }: Props) {
  if (references.length === 0 && !error) return null;
  return (
    <section className="references" aria-labelledby="references-heading">
      <h3 id="references-heading" className="references__title">
        References
      </h3>
      {error && (
        <p className="references__error" role="alert">
          {error}
        </p>
      )}
      <ol className="references__list">
        {references.map((ref) => (
          <li
            key={ref.key}
            className={ref.resolved === false ? 'reference reference--broken' : 'reference'}
            data-reference-number={ref.number}
          >
            <span className="reference__number">[{ref.number}]</span>{' '}
            {ref.resolved === undefined ? (
              <span className="muted">Looking up…</span>
            ) : ref.resolved === false ? (
              <span>
                {ref.target.highlightId ? 'The cited highlight was deleted' : 'The cited source was deleted'}
              </span>
            ) : (
              <>
                <button
                  type="button"
                  className="reference__open"
                  onClick={() => onOpen(ref.target)}
                  title={ref.quote ? `“${ref.quote}”` : undefined}
                >
                  {referenceLine({ ...ref, url: null }, (d) => formatDate(d)).replace(/\.$/, '')}
                </button>
                {ref.url && !isWebUrl(ref.url) && <span className="muted">{`. ${ref.url}`}</span>}
                {ref.url && isWebUrl(ref.url) && (
                  <>
                    {'. '}
                    <a
                      className="reference__url"
                      href={ref.url}
                      rel="noopener noreferrer"
                      onClick={(e) => {
                        e.preventDefault();
                        openExternalLink(e.currentTarget.href);
                      }}
                    >
                      {ref.url}
                    </a>
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
});
