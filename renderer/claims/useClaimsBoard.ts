import { useCallback, useMemo } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import { useApi, useAppEvent } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { useClaimChanges, useReloadAfter } from './useClaimChanges';

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
  const after = useReloadAfter(reload);
  const boardChanges = useMemo(
    () => ({
      createQuestion: (input: InputOf<'createQuestion'>) => after(api.createQuestion(input)),
      addAnswer: (input: InputOf<'addAnswer'>) => after(api.addAnswer(input)),
      removeAnswer: (input: InputOf<'removeAnswer'>) => after(api.removeAnswer(input)),
      deleteQuestion: (id: string) => after(api.deleteQuestion({ id })),
      rateSource: (input: InputOf<'rateSource'>) => after(api.rateSource(input)),
      rateOutlet: (input: InputOf<'rateOutlet'>) => after(api.rateOutlet(input)),
    }),
    [api, after],
  );
  return {
    loaded,
    questions: loaded.value?.questions ?? [],
    claims: loaded.value?.claims ?? [],
    reload,
    ...useClaimChanges(after),
    ...boardChanges,
  };
}

export type BoardState = ReturnType<typeof useClaimsBoard>;
