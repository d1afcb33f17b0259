import type { EvidenceView } from '../../shared/contract/results';
import { sourceLink } from '../ui/route';
import { stanceLabel } from './claimLabels';
import { groupEvidence } from './groupEvidence';
import { RatingControl, type RateActions } from './RatingControl';

interface Props {
  evidence: readonly EvidenceView[];
  busy: boolean;
  onRemove: (highlightId: string) => void;
  /** Without it (the reader's panel), ratings are not shown. */
  rate?: RateActions;
}

/** "Rewrite of ‘Title’" or "Same outlet as ‘Title’" for a copy; nothing for an original. */
function CopyNote({ item }: { item: EvidenceView }) {
  const note = item.independence;
  if (!note || note.originalId === null) return null;
  const words = note.relation === 'same-outlet' ? 'Same outlet as' : 'Rewrite of';
  return (
    <span className="evidence__copy">
      {words} ‘{note.originalTitle}’ · counted once
    </span>
  );
}

/** A claim's evidence: supporting, contradicting and context passages, each side grouped by source. */
// Long because: the evidence's markup top to bottom, stance → source → passage.
export function EvidenceGroups({ evidence, busy, onRemove, rate }: Props) {
  if (evidence.length === 0) {
    return (
      <p className="muted evidence__none">
        No evidence yet. Attach highlights to this claim from the reader.
      </p>
    );
  }
  return (
    <div className="evidence">
      {groupEvidence(evidence).map((group) => (
        <section key={group.stance} className={`evidence__stance evidence__stance--${group.stance}`}>
          <h3 className="evidence__heading">
            <span className={`stance stance--${group.stance}`}>{stanceLabel(group.stance)}</span>
            <span className="evidence__count">{group.count}</span>
          </h3>
          {group.sources.map((source) => (
            <div key={source.sourceId ?? 'gone'} className="evidence__source">
              <p className="evidence__title">{source.sourceTitle}</p>
              {source.items[0] && <CopyNote item={source.items[0]} />}
              {rate && source.items[0] && <RatingControl item={source.items[0]} busy={busy} actions={rate} />}
              <ul className="evidence__list">
                {source.items.map((item) => (
                  <li key={item.highlightId} className="evidence__item">
                    {item.quote !== null ? (
                      <q className="evidence__quote">{item.quote}</q>
                    ) : (
                      <span className="muted">This highlight was deleted.</span>
                    )}
                    {item.note && <p className="evidence__note">{item.note}</p>}
                    <span className="evidence__actions">
                      {item.sourceId && (
                        <a href={sourceLink(item.sourceId, { highlightId: item.highlightId })}>
                          Show in source
                        </a>
                      )}
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        disabled={busy}
                        onClick={() => onRemove(item.highlightId)}
                      >
                        Remove
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
