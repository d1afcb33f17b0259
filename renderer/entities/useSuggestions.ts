import { useCallback } from 'react';
import type { EntitySuggestionView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

/**
 * Names in one source that could become entities, loaded when first wanted,
 * with the three answers: accept, reject (for good), or add to an existing entity.
 */
export function useSuggestions(sourceId: string, enabled: boolean, onEntitiesChanged: () => void) {
  const api = useApi();
  const loaded = useLoad<EntitySuggestionView[] | null>(
    useCallback(
      () => (enabled ? api.suggestEntities({ sourceId }) : Promise.resolve(null)),
      [api, sourceId, enabled],
    ),
    `${sourceId}:${enabled}`,
  );
  const { reload } = loaded;
  const changed = useCallback(() => {
    reload();
    onEntitiesChanged();
  }, [reload, onEntitiesChanged]);

  const accept = useCallback(
    async (s: EntitySuggestionView) => {
      await api.createEntity({ name: s.name, type: s.type, aliases: s.aliases });
      changed();
    },
    [api, changed],
  );
  const reject = useCallback(
    async (s: EntitySuggestionView) => {
      await api.rejectSuggestion({ name: s.name });
      reload();
    },
    [api, reload],
  );
  /** Adds the suggested name and its variants to an existing entity's aliases. */
  const addTo = useCallback(
    async (s: EntitySuggestionView, entity: Entity) => {
      const aliases = [...new Set([...entity.aliases, s.name, ...s.aliases])].filter(
        (a) => a !== entity.name,
      );
      await api.updateEntity({ id: entity.id, aliases });
      changed();
    },
    [api, changed],
  );
  return { loaded, suggestions: loaded.value ?? null, accept, reject, addTo };
}
