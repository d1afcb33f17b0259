import { useCallback, useMemo } from 'react';
import type { SourceComparison, SourceSummary } from '../../shared/contract/results';
import type { SideSegment } from '../../shared/similarity/sideBySide';
import { LoadError } from '../ui/LoadError';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { formatDate, formatWordCount } from '../ui/formatDate';
import { routeHash } from '../ui/route';
import { scorePercent } from '../sourceDetails/similarLabel';
import { drawRows } from './compareRows';
import './compare.css';

interface Props {
  leftId: string;
  rightId: string;
}

function Side({ segments, side }: { segments: readonly SideSegment[]; side: 'left' | 'right' }) {
  return segments.map((segment, index) => {
    if (!segment.changed) return <span key={index}>{segment.text}</span>;
    return side === 'left' ? (
      <del key={index} className="diff diff--removed">
        {segment.text}
      </del>
    ) : (
      <ins key={index} className="diff diff--added">
        {segment.text}
      </ins>
    );
  });
}

function Heading({ source }: { source: SourceSummary }) {
  const facts = [source.site, formatDate(source.publishedAt), formatWordCount(source.wordCount)].filter(
    Boolean,
  );
  return (
    <th scope="col" className="compare__head">
      <a className="compare__title" href={routeHash({ name: 'source', id: source.id })}>
        {source.title || 'Untitled'}
      </a>
      <span className="compare__facts">{facts.join(' · ')}</span>
    </th>
  );
}

/** `#/compare/<left>/<right>`: two sources side by side, rows aligned, differing words marked. */
export function ComparePage({ leftId, rightId }: Props) {
  const api = useApi();
  const loaded = useLoad<SourceComparison>(
    useCallback(() => api.compareSources({ leftId, rightId }), [api, leftId, rightId]),
    `${leftId}/${rightId}`,
  );
  const rows = useMemo(() => drawRows(loaded.value?.rows ?? []), [loaded.value]);
  const nav = (
    <nav className="reader__nav" aria-label="Comparison">
      <a className="reader__back" href={routeHash({ name: 'sourceDetails', id: leftId })}>
        <span aria-hidden="true">←</span> Details of the left source
      </a>
      <a className="reader__back" href={routeHash({ name: 'compare', leftId: rightId, rightId: leftId })}>
        Swap sides
      </a>
    </nav>
  );
  if (!loaded.value) {
    return (
      <div className="compare">
        {nav}
        {loaded.status === 'error' ? (
          <LoadError
            title="These sources could not be compared"
            message={loaded.error}
            onRetry={loaded.reload}
          />
        ) : (
          <p className="loading" role="status">
            Comparing…
          </p>
        )}
      </div>
    );
  }
  const { left, right, score } = loaded.value;
  const differing = rows.filter((row) => row.changed).length;
  return (
    <div className="compare">
      {nav}
      <header className="compare__header">
        <h1 className="compare__heading">Comparison</h1>
        <p className="compare__score">
          <strong>{scorePercent(score)} alike</strong>
          <span className="muted">
            {' '}
            · {differing === 0 ? 'no paragraph differs' : `${differing} of ${rows.length} paragraphs differ`}
          </span>
        </p>
        <p className="compare__legend">
          <span className="diff diff--removed diff--sample">Struck through</span>: only in the left source.{' '}
          <span className="diff diff--added diff--sample">Underlined</span>: only in the right source.
        </p>
      </header>
      <table className="compare__table">
        <thead>
          <tr>
            <Heading source={left} />
            <Heading source={right} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className={row.changed ? 'compare__row compare__row--changed' : 'compare__row'}>
              <td>
                <Side segments={row.left} side="left" />
              </td>
              <td>
                <Side segments={row.right} side="right" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
