import { useId, useState, type FormEvent } from 'react';
import type { Entity } from '../../shared/model';
import { TypeOptions } from './EntityOptions';

interface Props {
  entity: Entity;
  busy: boolean;
  onSave: (changes: Pick<Entity, 'name' | 'type' | 'aliases' | 'description'>) => void;
}

const splitAliases = (value: string) =>
  value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/** Name, type, aliases (comma-separated) and description of an entity, saved together. */
// Long because: one form's fields in order, over the form's own state.
export function EntityDetailsForm({ entity, busy, onSave }: Props) {
  const id = useId();
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState(entity.type);
  const [aliases, setAliases] = useState(entity.aliases.join(', '));
  const [description, setDescription] = useState(entity.description);
  const dirty =
    name.trim() !== entity.name ||
    type !== entity.type ||
    splitAliases(aliases).join('\n') !== entity.aliases.join('\n') ||
    description !== entity.description;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || !name.trim()) return;
    onSave({ name: name.trim(), type, aliases: splitAliases(aliases), description });
  };
  return (
    <form className="entity-form" onSubmit={submit} aria-label="Entity details">
      <div className="entity-form__row">
        <label className="field" htmlFor={`${id}-name`}>
          <span className="field__label">Name</span>
          <input
            id={`${id}-name`}
            className="field__input"
            value={name}
            maxLength={300}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field" htmlFor={`${id}-type`}>
          <span className="field__label">Type</span>
          <select
            id={`${id}-type`}
            className="select"
            value={type}
            onChange={(e) => setType(e.target.value as Entity['type'])}
          >
            <TypeOptions />
          </select>
        </label>
      </div>
      <label className="field" htmlFor={`${id}-aliases`}>
        <span className="field__label">
          Aliases{' '}
          <span className="field__optional">
            (other names, separated by commas; mentions of any are found)
          </span>
        </span>
        <input
          id={`${id}-aliases`}
          className="field__input"
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-description`}>
        <span className="field__label">Description</span>
        <textarea
          id={`${id}-description`}
          className="field__input entity-form__description"
          value={description}
          maxLength={5000}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <div>
        <button type="submit" className="button button--primary" disabled={busy || !dirty || !name.trim()}>
          Save changes
        </button>
      </div>
    </form>
  );
}
