import { useState } from 'react';
import { useCommandHandlers } from '../commands/useCommandHandlers';
import { focusWhenShown } from '../ui/focusWhenShown';
import type { Entity } from '../../shared/model';
import { LoadError } from '../ui/LoadError';
import { useEntityList } from '../entities/useEntityList';
import { useBusyAction } from '../ui/useBusyAction';
import { ClaimCard } from './ClaimCard';
import { claimStatuses, statusLabel, type Status } from './claimLabels';
import { NewClaimForm } from './NewClaimForm';
import { useClaims } from './useClaims';
import './claims.css';
import { EntityOptions } from '../entities/EntityOptions';

/** `#/claims`: every claim with its status and evidence; contested ones flagged; filters by status and entity. */
// Long because: the page's markup top to bottom; filters, form and cards are components already.
export function ClaimsBoard() {
  useCommandHandlers({
    'claims.new': () => focusWhenShown('form[aria-label="New claim"] input'),
    'claims.filter': () => focusWhenShown('#main-content select'),
  });
  const [status, setStatus] = useState<Status | ''>('');
  const [entityId, setEntityId] = useState('');
  const claims = useClaims({ status: status || undefined, entityId: entityId || undefined });
  const entities = useEntityList();
  const { busy, error, run } = useBusyAction();

  const list = claims.claims;
  const contested = list.filter((c) => c.contested).length;
  const filtered = status !== '' || entityId !== '';
  return (
    <section className="page claims-page" aria-labelledby="claims-heading">
      <div className="page__bar">
        <h1 id="claims-heading" className="page__heading">
          Claims
        </h1>
        <span className="page__count">{list.length.toLocaleString()}</span>
        {contested > 0 && <span className="badge badge--contested">{contested} contested</span>}
        <ClaimFilters
          status={status}
          entityId={entityId}
          entities={entities.entities}
          onStatus={setStatus}
          onEntity={setEntityId}
        />
      </div>
      <NewClaimForm
        claimants={entities.entities}
        busy={busy}
        onCreate={(input) => void run(() => claims.create(input))}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {claims.loaded.status === 'error' && !claims.loaded.value ? (
        <LoadError
          title="The claims could not be loaded"
          message={claims.loaded.error}
          onRetry={claims.reload}
        />
      ) : !claims.loaded.value ? (
        <p className="loading" role="status">
          Loading claims…
        </p>
      ) : list.length === 0 ? (
        <p className="muted page__empty">
          {filtered
            ? 'No claim matches these filters.'
            : 'No claims yet. Select a passage in a source and press c to make a claim from it.'}
        </p>
      ) : (
        <div className="claims">
          {list.map((view) => (
            <ClaimCard
              key={view.claim.id}
              view={view}
              claimants={entities.entities}
              busy={busy}
              onUpdate={(changes) => void run(() => claims.update({ id: view.claim.id, ...changes }))}
              onRemoveEvidence={(highlightId) =>
                void run(() => claims.removeEvidence({ claimId: view.claim.id, highlightId }))
              }
              onDelete={() => void run(() => claims.remove(view.claim.id))}
            />
          ))}
        </div>
      )}
    </section>
  );
}

interface FilterProps {
  status: Status | '';
  entityId: string;
  entities: readonly Entity[];
  onStatus: (status: Status | '') => void;
  onEntity: (id: string) => void;
}

/** Narrow the board to claims of one status, or about one entity. */
function ClaimFilters({ status, entityId, entities, onStatus, onEntity }: FilterProps) {
  return (
    <div className="page__filters" role="group" aria-label="Filters">
      <label className="page__filter-label">
        <span>Status</span>
        <select
          className="select"
          value={status}
          onChange={(event) => onStatus(event.target.value as Status | '')}
        >
          <option value="">Any</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="page__filter-label">
        <span>Entity</span>
        <select className="select" value={entityId} onChange={(event) => onEntity(event.target.value)}>
          <option value="">Any</option>
          <EntityOptions entities={entities} />
        </select>
      </label>
    </div>
  );
}
