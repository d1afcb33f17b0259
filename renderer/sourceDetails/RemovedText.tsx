import { useEffect, useId, useRef, useState } from 'react';
import type { Extraction } from '../../shared/model/source';

type RestorePlace = 'start' | 'end' | 'original';

/** Where a removed block can go back, in the order the buttons offer it. */
const RESTORE_PLACES: ReadonlyArray<{ at: RestorePlace; label: string }> = [
  { at: 'original', label: 'Restore where it stood' },
  { at: 'start', label: 'Restore at start' },
  { at: 'end', label: 'Restore at end' },
];

interface Props {
  extraction: Extraction | null;
  /** Opened on arrival (the reader's "Show removed text" link). */
  initiallyOpen: boolean;
  onRestore: (index: number, at: RestorePlace) => Promise<void>;
}

/** What the importer cut as page furniture, kept so it can be checked and put back. */
// Long because: the removed passages and their restore share the open state.
export function RemovedText({ extraction, initiallyOpen, onRestore }: Props) {
  const id = useId();
  const removed = extraction?.removed ?? [];
  const [open, setOpen] = useState(initiallyOpen);
  const [busy, setBusy] = useState<number | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (initiallyOpen) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [initiallyOpen]);

  const restore = async (index: number, at: RestorePlace) => {
    setBusy(index);
    await onRestore(index, at);
    setBusy(null);
  };

  let body;
  if (!extraction) body = <p className="muted">This source was imported before removed text was kept.</p>;
  else if (removed.length === 0)
    body = <p className="muted">Nothing was removed when this source was imported.</p>;
  else {
    body = (
      <>
        <p className="details__lead">
          The importer cut {removed.length === 1 ? 'one block' : `${removed.length} blocks`} it took for page
          furniture: menus, sharing buttons, sign-up boxes, captions. Restore any that belong to the article.
        </p>
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Hide removed text' : `Show removed text (${removed.length})`}
        </button>
        <ol id={`${id}-list`} className="removed" hidden={!open}>
          {removed.map((block, index) => (
            <li key={`${index}-${block.slice(0, 20)}`} className="removed__item">
              <p id={`${id}-block-${index}`} className="removed__text">
                {block}
              </p>
              <div className="removed__actions">
                {RESTORE_PLACES.map(({ at, label }) => (
                  <button
                    key={at}
                    type="button"
                    className="button button--quiet"
                    aria-describedby={`${id}-block-${index}`}
                    disabled={busy !== null}
                    onClick={() => void restore(index, at)}
                  >
                    {label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </>
    );
  }

  return (
    <section ref={sectionRef} className="details__panel" aria-labelledby="details-removed">
      <h2 id="details-removed" className="details__heading">
        Removed text
      </h2>
      {body}
    </section>
  );
}
