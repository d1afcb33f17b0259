import { routeHash } from '../../ui/route';
import { stanceLabel } from '../../claims/claimLabels';
import type { ClaimLink } from './claimsByHighlight';

interface Props {
  links: readonly ClaimLink[];
  busy: boolean;
  onDetach: (claimId: string) => void;
}

/** The claims a highlight is evidence for, with its stance, each detachable. */
export function ClaimLinks({ links, busy, onDetach }: Props) {
  if (links.length === 0) return <p className="muted hl-editor__none">Not evidence for any claim yet.</p>;
  return (
    <ul className="claim-links">
      {links.map(({ view, evidence }) => (
        <li key={view.claim.id} className="claim-links__item">
          <span className={`stance stance--${evidence.stance}`}>{stanceLabel(evidence.stance)}</span>
          <a href={routeHash({ name: 'claims' })} className="claim-links__statement">
            {view.claim.statement}
          </a>
          {view.contested && <span className="badge badge--contested">Contested</span>}
          <button
            type="button"
            className="chip__remove"
            aria-label={`Detach from “${view.claim.statement}”`}
            disabled={busy}
            onClick={() => onDetach(view.claim.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
