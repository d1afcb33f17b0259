import { useEffect, useId, useRef, useState } from 'react';
import './import.css';

interface Props {
  onImportFolder: () => void;
  onWebAddress: () => void;
}

/**
 * The less common ways in, behind one header button so the header stays on one
 * line: a disclosure (button + list), closed by Escape, a click elsewhere, or a choice.
 */
// Long because: a menu button whose markup and keyboard handling share its open state.
export function MoreImportsMenu({ onImportFolder, onWebAddress }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div ref={rootRef} className="more-imports">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-label="More ways to add"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((value) => !value)}
      >
        More
        <span className="more-imports__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul id={`${id}-list`} className="more-imports__list" hidden={!open}>
        <li>
          <button type="button" className="more-imports__item" onClick={choose(onImportFolder)}>
            Import folder
          </button>
        </li>
        <li>
          <button type="button" className="more-imports__item" onClick={choose(onWebAddress)}>
            Add from web address
          </button>
        </li>
      </ul>
    </div>
  );
}
