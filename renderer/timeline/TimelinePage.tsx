import { useState } from 'react';
import type { TimelineResult } from '../../shared/contract/boardResults';
import { useClaimsBoard } from '../claims/useClaimsBoard';
import { EntityOptions } from '../entities/EntityOptions';
import { useEntityList } from '../entities/useEntityList';
import { ChoiceOptions, FilterSelect } from '../ui/FilterSelect';
import { formatDate } from '../ui/formatDate';
import { LoadError } from '../ui/LoadError';
import { routeHash, sourceLink } from '../ui/route';
import { useTimeline } from './useTimeline';
import './timeline.css';

type Item = TimelineResult['items'][number];

const KIND_LABEL: Record<Item['kind'], string> = {
  source: 'Published',
  highlight: 'Passage',
  claim: 'Claim',
};
/** Items drawn at first; more on request, so a 20,000-item notebook opens at once. */
const PAGE = 300;

/** Where an item leads: its passage (a highlight's, or a claim's first dated evidence), or the source. */
function itemLink(item: Item): string | null {
  if (!item.sourceId) return null;
  return item.highlightId
    ? sourceLink(item.sourceId, { highlightId: item.highlightId })
    : routeHash({ name: 'source', id: item.sourceId });
}

/** `#/timeline`: dated sources, passages and claims in date order, filtered by entity, claim, question or tag. */
// Long because: the page's markup top to bottom (four filters, then the list).
export function TimelinePage() {
  const [filter, setFilter] = useState({ entityId: '', claimId: '', questionId: '', tag: '' });
  const [shown, setShown] = useState(PAGE);
  const loaded = useTimeline({
    entityId: filter.entityId || undefined,
    claimId: filter.claimId || undefined,
    questionId: filter.questionId || undefined,
    tag: filter.tag || undefined,
  });
  const entities = useEntityList();
  const board = useClaimsBoard({});
  const set = (key: keyof typeof filter) => (chosen: string) => {
    setFilter({ ...filter, [key]: chosen });
    setShown(PAGE);
  };
  const value = loaded.value;
  return (
    <section className="page timeline-page" aria-labelledby="timeline-heading">
      <div className="page__bar">
        <h1 id="timeline-heading" className="page__heading">
          Timeline
        </h1>
        {value && <span className="page__count">{value.items.length.toLocaleString()}</span>}
        <div className="page__filters" role="group" aria-label="Filters">
          <FilterSelect label="Entity" value={filter.entityId} onChange={set('entityId')}>
            <EntityOptions entities={entities.entities} />
          </FilterSelect>
          <FilterSelect label="Claim" value={filter.claimId} onChange={set('claimId')}>
            <ChoiceOptions
              choices={board.claims.map((c) => ({ value: c.claim.id, label: c.claim.statement }))}
            />
          </FilterSelect>
          <FilterSelect label="Question" value={filter.questionId} onChange={set('questionId')}>
            <ChoiceOptions
              choices={board.questions.map((q) => ({ value: q.question.id, label: q.question.text }))}
            />
          </FilterSelect>
          <FilterSelect label="Tag" value={filter.tag} onChange={set('tag')}>
            <ChoiceOptions choices={(value?.tags ?? []).map((t) => ({ value: t, label: t }))} />
          </FilterSelect>
        </div>
      </div>
      {loaded.status === 'error' && !value ? (
        <LoadError title="The timeline could not be loaded" message={loaded.error} onRetry={loaded.reload} />
      ) : !value ? (
        <p className="loading" role="status">
          Loading the timeline…
        </p>
      ) : value.items.length === 0 ? (
        <p className="muted page__empty">
          {value.total === 0
            ? 'Nothing dated yet. Sources with a publication date, and passages or claims that name a day, appear here.'
            : 'Nothing on the timeline matches these filters.'}
        </p>
      ) : (
        <TimelineList
          items={value.items.slice(0, shown)}
          more={value.items.length - shown}
          onMore={() => setShown(shown + PAGE)}
        />
      )}
    </section>
  );
}

function TimelineList({ items, more, onMore }: { items: Item[]; more: number; onMore: () => void }) {
  return (
    <>
      <ol className="timeline" aria-label="Dated items, earliest first">
        {items.map((item) => {
          const link = itemLink(item);
          return (
            <li key={`${item.kind}:${item.id}`} className={`timeline__item timeline__item--${item.kind}`}>
              <span className="timeline__date">
                {item.approximate && (
                  <span title="Approximate: worked out from words such as “on Tuesday”">≈ </span>
                )}
                {formatDate(item.date)}
              </span>
              <span className="timeline__kind">{KIND_LABEL[item.kind]}</span>
              <span className="timeline__body">
                {item.kind === 'highlight' ? (
                  <q>{item.label}</q>
                ) : (
                  <span className="timeline__label">{item.label}</span>
                )}
                <span className="muted timeline__meta">
                  {item.claimantName && <>Claimed by {item.claimantName} · </>}
                  {item.kind !== 'source' && item.sourceTitle}
                </span>
              </span>
              {link && (
                <a className="timeline__link" href={link}>
                  {item.highlightId ? 'Show passage' : 'Open source'}
                </a>
              )}
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <button type="button" className="button" onClick={onMore}>
          Show {Math.min(more, PAGE).toLocaleString()} more
        </button>
      )}
    </>
  );
}
