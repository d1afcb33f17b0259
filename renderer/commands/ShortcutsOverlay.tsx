import { useModalDialog } from '../ui/useModalDialog';
import { COMMANDS, SCOPE_TITLES, type CommandScope } from './commandTable';
import { chordLabel } from './keyChord';
import { isMac } from './platform';
import './commands.css';
import { onDialogClosed } from '../ui/onDialogClosed';

const SCOPES = Object.keys(SCOPE_TITLES) as CommandScope[];

/** `?`: every key of the app, read from the command table, grouped by where it works. */
export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const mac = isMac();
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onDialogClosed(onClose)}
    >
      <header className="shortcuts__head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="shortcuts__groups">
        {SCOPES.map((scope) => {
          const rows = COMMANDS.filter((def) => def.scope === scope && def.keys);
          if (rows.length === 0) return null;
          return (
            <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
              <h3 id={`shortcuts-${scope}`}>{SCOPE_TITLES[scope]}</h3>
              <dl className="shortcuts__list">
                {rows.map((def) => (
                  <div key={def.id} className="shortcuts__row" data-command={def.id}>
                    <dt>
                      {def.keys!.map((key) => (
                        <kbd key={key}>{chordLabel(key, mac)}</kbd>
                      ))}
                    </dt>
                    <dd>{def.title}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </dialog>
  );
}
