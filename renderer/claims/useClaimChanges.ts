import { useCallback, useMemo } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import { useApi } from '../transport/ApiContext';

/** Runs a change and then `reload`, so a list shows what the change did; the change's result is passed on. */
export function useReloadAfter(reload: () => void) {
  return useCallback(
    <T>(promise: Promise<T>): Promise<T> =>
      promise.then((value) => {
        reload();
        return value;
      }),
    [reload],
  );
}

/** The calls that change claims (the claims list and the board both offer them), each followed by `after`. */
export function useClaimChanges(after: ReturnType<typeof useReloadAfter>) {
  const api = useApi();
  return useMemo(
    () => ({
      create: (input: InputOf<'createClaim'>) => after(api.createClaim(input)),
      update: (input: InputOf<'updateClaim'>) => after(api.updateClaim(input)),
      addEvidence: (input: InputOf<'addEvidence'>) => after(api.addEvidence(input)),
      removeEvidence: (input: InputOf<'removeEvidence'>) => after(api.removeEvidence(input)),
      remove: (id: string) => after(api.deleteClaim({ id })),
    }),
    [api, after],
  );
}
