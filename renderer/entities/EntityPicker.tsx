import { useId, useState, type KeyboardEvent } from 'react';
import { entityTypes, type Entity } from '../../shared/model';
import { typeLabel } from './entityLabels';
import { hasName, matchEntities } from './matchEntities';

interface Props {
  entities: readonly Entity[];
  excludeIds?: readonly string[];
  label: string;
  /** Id for the input, so a shortcut can focus it. */
  inputId?: string;
  autoFocus?: boolean;
  busy?: boolean;
  onPick: (entity: Entity) => void;
  onCreate: (name: string, type: Entity['type']) => void;
  onCancel?: () => void;
}

type Option = { kind: 'entity'; entity: Entity } | { kind: 'create'; name: string };

/** Type-ahead over the notebook's entities, with a "Create ‘…’" option and a type for it. */
// Long because: a combobox whose keys, input and ARIA state share one query and pick.
export function EntityPicker(props: Props) {
  const { entities, excludeIds, label, inputId, autoFocus, busy, onPick, onCreate, onCancel } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [type, setType] = useState<Entity['type']>('person');
  const [open, setOpen] = useState(Boolean(autoFocus));

  const name = query.trim();
  const options: Option[] = matchEntities(entities, query, excludeIds).map((entity) => ({
    kind: 'entity',
    entity,
  }));
  if (name && !hasName(entities, name)) options.push({ kind: 'create', name });
  const current = Math.min(active, options.length - 1);

  const choose = (option: Option | undefined) => {
    if (!option || busy) return;
    if (option.kind === 'entity') onPick(option.entity);
    else onCreate(option.name, type);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[current]);
    } else if (event.key === 'Escape') {
      // Claimed here so the reader does not also close or go back to the library.
      event.preventDefault();
      event.stopPropagation();
      if (open && query) setOpen(false);
      else onCancel?.();
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  const showList = open && options.length > 0;
  return (
    <div className="picker">
      <input
        id={inputId}
        className="field__input picker__input"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && current >= 0 ? optionId(current) : undefined}
        placeholder="Type a name…"
        // The picker opens on demand (a key or a click), so taking focus is what the user asked for.
        autoFocus={autoFocus}
        value={query}
        // Read-only, not disabled, while saving: a disabled field drops focus, and the next letters typed
        // would fire the reader's single-key shortcuts. Focus stays for the next name.
        readOnly={busy}
        aria-busy={busy || undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <PickerOptions
        listId={`${id}-list`}
        label={label}
        options={options}
        current={current}
        hidden={!showList}
        newType={type}
        optionId={optionId}
        onChoose={choose}
      />
      {name && !hasName(entities, name) && <NewEntityType type={type} onChange={setType} />}
    </div>
  );
}

interface OptionsProps {
  listId: string;
  label: string;
  options: readonly Option[];
  current: number;
  hidden: boolean;
  /** The type a created entity gets, named in the "Create" option. */
  newType: Entity['type'];
  optionId: (index: number) => string;
  onChoose: (option: Option) => void;
}

function PickerOptions({
  listId,
  label,
  options,
  current,
  hidden,
  newType,
  optionId,
  onChoose,
}: OptionsProps) {
  return (
    <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={hidden}>
      {options.map((option, index) => (
        <li
          key={option.kind === 'entity' ? option.entity.id : 'create'}
          id={optionId(index)}
          role="option"
          aria-selected={index === current}
          className={index === current ? 'picker__option picker__option--active' : 'picker__option'}
          // Keep focus in the input so the choice lands before blur closes the list.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
        >
          {option.kind === 'entity' ? (
            <>
              <span className="picker__name">{option.entity.name}</span>
              <span className="picker__type">{typeLabel(option.entity.type)}</span>
            </>
          ) : (
            <span className="picker__name">
              Create ‘{option.name}’{' '}
              <span className="picker__type">as {typeLabel(newType).toLowerCase()}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function NewEntityType({
  type,
  onChange,
}: {
  type: Entity['type'];
  onChange: (type: Entity['type']) => void;
}) {
  return (
    <label className="picker__new-type">
      <span>New entity is a</span>
      <select
        className="select"
        value={type}
        onChange={(event) => onChange(event.target.value as Entity['type'])}
      >
        {entityTypes.map((t) => (
          <option key={t} value={t}>
            {typeLabel(t).toLowerCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
