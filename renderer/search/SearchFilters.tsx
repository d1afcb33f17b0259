import { searchKinds, type SearchKind } from '../../shared/search/types';
import type { Entity } from '../../shared/model';
import { kindHeading } from './hitLink';
import type { FilterValues } from './searchRequest';

interface Props {
  values: FilterValues;
  entities: readonly Entity[];
  onChange: (values: FilterValues) => void;
}

/** The search page's filters: kinds, site, dates, highlights, entity and tag. */
// Long because: the filter fields in order.
export function SearchFilters({ values, entities, onChange }: Props) {
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const toggleKind = (kind: SearchKind, on: boolean) =>
    set('kinds', on ? [...values.kinds, kind] : values.kinds.filter((k) => k !== kind));
  return (
    <form className="search-filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="search-filters__kinds">
        <legend className="field__label">Limit to</legend>
        {searchKinds.map((kind) => (
          <label key={kind} className="search-filters__check">
            <input
              type="checkbox"
              checked={values.kinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.target.checked)}
            />
            {kindHeading(kind)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">Site</span>
        <input
          className="field__input"
          value={values.site}
          placeholder="example.org"
          onChange={(event) => set('site', event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">From</span>
        <input
          className="field__input"
          type="date"
          value={values.dateFrom}
          onChange={(event) => set('dateFrom', event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">To</span>
        <input
          className="field__input"
          type="date"
          value={values.dateTo}
          onChange={(event) => set('dateTo', event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Entity</span>
        <select
          className="field__input"
          value={values.entityId}
          onChange={(event) => set('entityId', event.target.value)}
        >
          <option value="">Any</option>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Tag</span>
        <input
          className="field__input"
          value={values.tag}
          onChange={(event) => set('tag', event.target.value)}
        />
      </label>
      <label className="search-filters__check">
        <input
          type="checkbox"
          checked={values.hasHighlights}
          onChange={(event) => set('hasHighlights', event.target.checked)}
        />
        Only sources with highlights
      </label>
    </form>
  );
}
