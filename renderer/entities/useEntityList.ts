import { useCallback, useMemo } from 'react';
import type { EntitySummary } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

/** Every entity of the notebook with its highlight count, and a lookup by id. */
export function useEntityList() {
  const api = useApi();
  const loaded = useLoad<EntitySummary[]>(
    useCallback(() => api.listEntities({}), [api]),
    'entities',
  );
  const summaries = loaded.value;
  const byId = useMemo(() => new Map((summaries ?? []).map((s) => [s.entity.id, s.entity])), [summaries]);
  const entities = useMemo(() => (summaries ?? []).map((s) => s.entity), [summaries]);
  const { reload } = loaded;

  const create = useCallback(
    async (name: string, type: Entity['type']): Promise<Entity> => {
      const entity = await api.createEntity({ name, type });
      reload();
      return entity;
    },
    [api, reload],
  );

  return { loaded, summaries: summaries ?? [], entities, byId, create, reload };
}

export type EntityList = ReturnType<typeof useEntityList>;
