import { useCallback } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import { useApi, useAppEvent } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

export type BoardFilter = InputOf<'getClaimsBoard'>;

/** The board (questions and claims, filtered) and every call that changes it; each change reloads it. */
export function useClaimsBoard(filter: BoardFilter) {
  const api = useApi();
  const { status, entityId, rating } = filter;
  const loaded = useLoad(
    useCallback(() => api.getClaimsBoard({ status, entityId, rating }), [api, status, entityId, rating]),
    `board:${status ?? ''}:${entityId ?? ''}:${rating ?? ''}`,
  );
  const { reload } = loaded;
  useAppEvent(['sync-changed'], reload);
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
    questions: loaded.value?.questions ?? [],
    claims: loaded.value?.claims ?? [],
    reload,
    create: useCallback((input: InputOf<'createClaim'>) => after(api.createClaim(input)), [api, after]),
    update: useCallback((input: InputOf<'updateClaim'>) => after(api.updateClaim(input)), [api, after]),
    removeEvidence: useCallback(
      (input: InputOf<'removeEvidence'>) => after(api.removeEvidence(input)),
      [api, after],
    ),
    remove: useCallback((id: string) => after(api.deleteClaim({ id })), [api, after]),
    createQuestion: useCallback(
      (input: InputOf<'createQuestion'>) => after(api.createQuestion(input)),
      [api, after],
    ),
    addAnswer: useCallback((input: InputOf<'addAnswer'>) => after(api.addAnswer(input)), [api, after]),
    removeAnswer: useCallback(
      (input: InputOf<'removeAnswer'>) => after(api.removeAnswer(input)),
      [api, after],
    ),
    deleteQuestion: useCallback((id: string) => after(api.deleteQuestion({ id })), [api, after]),
    rateSource: useCallback((input: InputOf<'rateSource'>) => after(api.rateSource(input)), [api, after]),
    rateOutlet: useCallback((input: InputOf<'rateOutlet'>) => after(api.rateOutlet(input)), [api, after]),
  };
}

export type BoardState = ReturnType<typeof useClaimsBoard>;
