import { useState } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { focusWhenShown } from '../ui/focusWhenShown';
import type { Entity } from '../../shared/model';
import { LoadError } from '../ui/LoadError';
import { useEntityList } from '../entities/useEntityList';
import { useBusyAction } from '../ui/useBusyAction';
import { routeHash } from '../ui/route';
import type { Status } from './claimLabels';
import { StatusOptions } from './StatusOptions';
import { NewClaimForm } from './NewClaimForm';
import { BoardLists } from './BoardLists';
import { ratingLabel, reliabilityRatings, type Reliability } from './ratingLabels';
import { useClaimsBoard } from './useClaimsBoard';
import { useClaimCardKeys } from './cardKeys';
import './claims.css';
import './board.css';
import { EntityOptions } from '../entities/EntityOptions';
import { ChoiceOptions, FilterSelect } from '../ui/FilterSelect';

/**
 * `#/claims`: questions with their rival answers side by side, then every claim with its status,
 * evidence and ratings; contested ones flagged; filters by status, entity and rating.
 */
// Long because: the page's markup top to bottom; filters, forms and cards are components already.
export function ClaimsBoard() {
  useCommandHandlers({
    'claims.new': () => focusWhenShown('form[aria-label="New claim"] input'),
    'claims.newQuestion': () => focusWhenShown('form[aria-label="New question"] input'),
    'claims.filter': () => focusWhenShown('#main-content select'),
  });
  useClaimCardKeys();
  const [status, setStatus] = useState<Status | ''>('');
  const [entityId, setEntityId] = useState('');
  const [rating, setRating] = useState<Reliability | ''>('');
  const board = useClaimsBoard({
    status: status || undefined,
    entityId: entityId || undefined,
    rating: rating || undefined,
  });
  const entities = useEntityList();
  const { busy, error, run } = useBusyAction();

  const list = board.claims;
  const contested = list.filter((c) => c.contested).length;
  const filtered = status !== '' || entityId !== '' || rating !== '';
  return (
    <section className="page claims-page" aria-labelledby="claims-heading">
      <div className="page__bar">
        <h1 id="claims-heading" className="page__heading">
          Claims
        </h1>
        <span className="page__count">{list.length.toLocaleString()}</span>
        {contested > 0 && <span className="badge badge--contested">{contested} contested</span>}
        <a className="button button--quiet button--small" href={routeHash({ name: 'timeline' })}>
          Timeline
        </a>
        <ClaimFilters
          status={status}
          entityId={entityId}
          rating={rating}
          entities={entities.entities}
          onStatus={setStatus}
          onEntity={setEntityId}
          onRating={setRating}
        />
      </div>
      <NewClaimForm
        claimants={entities.entities}
        busy={busy}
        onCreate={(input) => void run(() => board.create(input))}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {board.loaded.status === 'error' && !board.loaded.value ? (
        <LoadError
          title="The claims could not be loaded"
          message={board.loaded.error}
          onRetry={board.reload}
        />
      ) : !board.loaded.value ? (
        <p className="loading" role="status">
          Loading claims…
        </p>
      ) : (
        <BoardLists board={board} claimants={entities.entities} busy={busy} run={run} filtered={filtered} />
      )}
    </section>
  );
}

interface FilterProps {
  status: Status | '';
  entityId: string;
  rating: Reliability | '';
  entities: readonly Entity[];
  onStatus: (status: Status | '') => void;
  onEntity: (id: string) => void;
  onRating: (rating: Reliability | '') => void;
}

/** Narrow the board to claims of one status, about one entity, or with evidence of one rating. */
function ClaimFilters({ status, entityId, rating, entities, onStatus, onEntity, onRating }: FilterProps) {
  return (
    <div className="page__filters" role="group" aria-label="Filters">
      <FilterSelect label="Status" value={status} onChange={onStatus}>
        <StatusOptions />
      </FilterSelect>
      <FilterSelect label="Entity" value={entityId} onChange={onEntity}>
        <EntityOptions entities={entities} />
      </FilterSelect>
      <FilterSelect label="Rating" value={rating} onChange={onRating}>
        <ChoiceOptions choices={reliabilityRatings.map((r) => ({ value: r, label: ratingLabel(r) }))} />
      </FilterSelect>
    </div>
  );
}
