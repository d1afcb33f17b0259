import type { ClaimView, EvidenceView } from '../../../shared/contract/results';

export interface ClaimLink {
  view: ClaimView;
  evidence: EvidenceView;
}

/** For each highlight, the claims it is evidence for, with its stance towards each. */
export function claimsByHighlight(claims: readonly ClaimView[]): Map<string, ClaimLink[]> {
  const map = new Map<string, ClaimLink[]>();
  for (const view of claims) {
    for (const evidence of view.evidence) {
      const list = map.get(evidence.highlightId);
      if (list) list.push({ view, evidence });
      else map.set(evidence.highlightId, [{ view, evidence }]);
    }
  }
  return map;
}
