import { entityTypes, type Entity } from '../../shared/model';
import { typeLabel } from './entityLabels';

/** A `<select>`'s options for the notebook's entities, by name, after the caller's own first option. */
export function EntityOptions({ entities }: { entities: readonly Entity[] }) {
  return entities.map((e) => (
    <option key={e.id} value={e.id}>
      {e.name}
    </option>
  ));
}

/** A `<select>`'s options for the kinds of entity (person, organisation, place, …). */
export function TypeOptions() {
  return entityTypes.map((t) => (
    <option key={t} value={t}>
      {typeLabel(t)}
    </option>
  ));
}
