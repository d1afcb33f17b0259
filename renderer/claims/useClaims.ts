import { useCallback } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { ClaimView } from '../../shared/contract/results';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { useClaimChanges, useReloadAfter } from './useClaimChanges';

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
  return { loaded, claims: loaded.value ?? [], reload, ...useClaimChanges(useReloadAfter(reload)) };
}

export type ClaimsState = ReturnType<typeof useClaims>;
