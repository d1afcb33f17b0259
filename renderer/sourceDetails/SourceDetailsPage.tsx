import { useEffect, useRef } from 'react';
import { LoadError } from '../ui/LoadError';
import { routeHash } from '../ui/route';
import { ConfidentialToggle } from '../packets/ConfidentialToggle';
import { MetadataPanel } from './MetadataPanel';
import { ProvenancePanel } from './ProvenancePanel';
import { RemovedText } from './RemovedText';
import { SimilarSources } from './SimilarSources';
import { useSourceDetails } from './useSourceDetails';
import './details.css';

interface Props {
  id: string;
  showRemoved: boolean;
  /** Called after a change, so the library shows the corrected title. */
  onChanged: () => void;
}

/** `#/source/<id>/details`: metadata with origins, provenance, removed text and similar sources. */
export function SourceDetailsPage({ id, showRemoved, onChanged }: Props) {
  const { details, saveMetadata, restoreBlock, notice } = useSourceDetails(id, onChanged);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = details.value !== undefined;
  useEffect(() => {
    if (ready && !showRemoved) headingRef.current?.focus({ preventScroll: true });
  }, [ready, showRemoved]);

  const nav = (
    <nav className="reader__nav" aria-label="Source details">
      <a className="reader__back" href={routeHash({ name: 'source', id })}>
        <span aria-hidden="true">←</span> Back to the source
      </a>
      <a className="reader__back" href={routeHash({ name: 'library' })}>
        Library
      </a>
    </nav>
  );
  if (!details.value) {
    return (
      <div className="details">
        {nav}
        {details.status === 'error' ? (
          <LoadError
            title="These details could not be loaded"
            message={details.error}
            onRetry={details.reload}
          />
        ) : (
          <p className="loading" role="status">
            Loading details…
          </p>
        )}
      </div>
    );
  }
  const { source, extraction, similar } = details.value;
  return (
    <div className="details">
      {nav}
      <header className="details__header">
        <p className="reader__kicker">Details &amp; provenance</p>
        <h1 ref={headingRef} tabIndex={-1} className="details__title">
          {source.title || 'Untitled'}
        </h1>
      </header>
      {notice && (
        <p role="status" className={`details__notice details__notice--${notice.tone}`}>
          {notice.text}
        </p>
      )}
      <ConfidentialToggle
        className="details__panel"
        checked={source.confidential}
        label="Confidential — left out of packets unless you include it"
        onChange={(confidential) => saveMetadata({ confidential })}
      />
      <MetadataPanel source={source} onSave={saveMetadata} />
      <ProvenancePanel source={source} />
      <RemovedText extraction={extraction} initiallyOpen={showRemoved} onRestore={restoreBlock} />
      <SimilarSources sourceId={source.id} similar={similar} />
    </div>
  );
}
