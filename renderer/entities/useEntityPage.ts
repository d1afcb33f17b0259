import { useCallback } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { EntityPage } from '../../shared/contract/results';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

/** One entity's page (tagged highlights, mentions, counts) and the calls that change the entity. */
export function useEntityPage(id: string) {
  const api = useApi();
  const loaded = useLoad<EntityPage>(
    useCallback(() => api.getEntityPage({ id }), [api, id]),
    id,
  );
  const { reload } = loaded;
  const update = useCallback(
    async (changes: Omit<InputOf<'updateEntity'>, 'id'>) => {
      await api.updateEntity({ id, ...changes });
      reload();
    },
    [api, id, reload],
  );
  /** Folds `mergeId` into this entity; its names become aliases and its tags move here. */
  const mergeIn = useCallback(
    async (mergeId: string) => {
      await api.mergeEntities({ keepId: id, mergeId });
      reload();
    },
    [api, id, reload],
  );
  const remove = useCallback(() => api.deleteEntity({ id }), [api, id]);
  return { loaded, update, mergeIn, remove, reload };
}
