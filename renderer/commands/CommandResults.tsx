import type { CommandDef } from './commandTable';
import { chordLabel } from './keyChord';
import { isMac } from './platform';

interface Props {
  listId: string;
  commands: readonly CommandDef[];
  activeIndex: number;
  optionId: (index: number) => string;
  onHover: (index: number) => void;
  onRun: (def: CommandDef) => void;
}

/** The palette's commands, as the first group of its listbox; each shows its key if it has one. */
export function CommandResults({ listId, commands, activeIndex, optionId, onHover, onRun }: Props) {
  if (commands.length === 0) return null;
  const headingId = `${listId}-commands`;
  return (
    <div role="group" aria-labelledby={headingId} className="search-group">
      <div id={headingId} role="presentation" className="search-group__heading">
        Commands
      </div>
      {commands.map((def, at) => (
        <div
          key={def.id}
          id={optionId(at)}
          role="option"
          aria-selected={at === activeIndex}
          className="search-hit search-hit--option palette-command"
          data-command={def.id}
          onMouseMove={() => onHover(at)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onRun(def)}
        >
          <span className="palette-command__title">{def.title}</span>
          {def.keys?.[0] && <kbd className="palette-command__key">{chordLabel(def.keys[0], isMac())}</kbd>}
        </div>
      ))}
    </div>
  );
}
