import { useCallback } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

export type TimelineFilterInput = InputOf<'getTimeline'>;

/** The timeline, filtered in the main process (so 20,000 items never cross the wire to be dropped). */
export function useTimeline(filter: TimelineFilterInput) {
  const api = useApi();
  const { entityId, claimId, questionId, tag } = filter;
  return useLoad(
    useCallback(
      () => api.getTimeline({ entityId, claimId, questionId, tag }),
      [api, entityId, claimId, questionId, tag],
    ),
    `timeline:${entityId ?? ''}:${claimId ?? ''}:${questionId ?? ''}:${tag ?? ''}`,
  );
}
