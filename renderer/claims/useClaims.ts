import { useCallback } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { ClaimView } from '../../shared/contract/results';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

export type ClaimFilter = InputOf<'listClaims'>;

/** The claims (optionally filtered) and the calls that change them; each change reloads the list. */
export function useClaims(filter: ClaimFilter = {}) {
  const api = useApi();
  const { status, entityId } = filter;
  const loaded = useLoad<ClaimView[]>(
    useCallback(() => api.listClaims({ status, entityId }), [api, status, entityId]),
    `claims:${status ?? ''}:${entityId ?? ''}`,
  );
  const { reload } = loaded;
  const after = useCallback(
    <T>(promise: Promise<T>): Promise<T> =>
      promise.then((value) => {
        reload();
        return value;
      }),
    [reload],
  );
  return {
    loaded,
    claims: loaded.value ?? [],
    reload,
    create: useCallback((input: InputOf<'createClaim'>) => after(api.createClaim(input)), [api, after]),
    update: useCallback((input: InputOf<'updateClaim'>) => after(api.updateClaim(input)), [api, after]),
    addEvidence: useCallback((input: InputOf<'addEvidence'>) => after(api.addEvidence(input)), [api, after]),
    removeEvidence: useCallback(
      (input: InputOf<'removeEvidence'>) => after(api.removeEvidence(input)),
      [api, after],
    ),
    remove: useCallback((id: string) => after(api.deleteClaim({ id })), [api, after]),
  };
}

export type ClaimsState = ReturnType<typeof useClaims>;
