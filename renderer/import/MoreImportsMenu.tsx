import { useId } from 'react';
import { useDisclosure } from '../ui/useDisclosure';
import './import.css';

interface Props {
  onImportFolder: () => void;
  onWebAddress: () => void;
}

/**
 * The less common ways in, behind one header button so the header stays on one
 * line: a disclosure (button + list), closed by Escape, a click elsewhere, or a choice.
 */
export function MoreImportsMenu({ onImportFolder, onWebAddress }: Props) {
  const id = useId();
  const { open, rootRef, buttonRef, choose, toggle } = useDisclosure();

  return (
    <div ref={rootRef} className="more-imports">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-label="More ways to add"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={toggle}
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
