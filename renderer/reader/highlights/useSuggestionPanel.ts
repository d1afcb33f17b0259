import type { EntitySuggestionView } from '../../../shared/contract/results';
import type { Entity } from '../../../shared/model';
import { useSuggestions } from '../../entities/useSuggestions';
import type { ReaderWorkspace } from '../useReaderWorkspace';

/** The source's entity suggestions, their actions reporting through the reader's busy state and toast. */
export function useSuggestionPanel(ws: ReaderWorkspace, enabled: boolean) {
  const suggestions = useSuggestions(ws.doc.source.id, enabled, ws.entities.reload);
  const { run, busy } = ws.actions;
  const { show } = ws.toast;
  return {
    loaded: suggestions.loaded,
    suggestions: suggestions.suggestions,
    busy,
    accept: (s: EntitySuggestionView) =>
      void run(async () => {
        await suggestions.accept(s);
        show(`“${s.name}” is now an entity.`);
      }),
    reject: (s: EntitySuggestionView) => void run(() => suggestions.reject(s)),
    addTo: (s: EntitySuggestionView, entity: Entity) =>
      void run(async () => {
        await suggestions.addTo(s, entity);
        show(`“${s.name}” is now a name of ${entity.name}.`);
      }),
  };
}
