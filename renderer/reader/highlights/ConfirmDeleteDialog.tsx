import { useEffect, useRef } from 'react';
import type { CitingNote } from './useCitingNotes';
import { UNTITLED_NOTE } from '../../../shared/notes/untitledNote';

interface Props {
  notes: readonly CitingNote[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const listNames = (notes: readonly CitingNote[]) =>
  notes.map((n) => `‘${n.title || UNTITLED_NOTE}’`).join(', ');

/** Asks before deleting a highlight that notes cite, naming those notes. */
export function ConfirmDeleteDialog({ notes, busy, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe choice has focus, so Enter pressed out of habit keeps the highlight.
    keepRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog confirm-dialog"
      role="alertdialog"
      aria-labelledby="confirm-delete-title"
      aria-describedby="confirm-delete-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-delete-title" className="dialog__heading">
        Delete a cited highlight?
      </h2>
      <p id="confirm-delete-text">
        {notes.length === 1 ? 'The note' : 'The notes'} {listNames(notes)}{' '}
        {notes.length === 1 ? 'cites' : 'cite'} this highlight. Deleting it leaves a broken citation there
        until you undo.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          Delete highlight
        </button>
        <button type="button" className="button" ref={keepRef} onClick={onCancel}>
          Keep it
        </button>
      </div>
    </dialog>
  );
}
