import { useId, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';
import { onDialogClosed } from './onDialogClosed';

interface Props {
  open: boolean;
  onClose: () => void;
  heading: string;
  /** Runs on submit (the browser's own submission is already prevented). */
  onSubmit: () => void;
  submitLabel: string;
  canSubmit: boolean;
  /** The fields are checked in code and the message shown in `error`, not by the browser's bubbles. */
  noValidate?: boolean;
  /** With `errorId`: the message under the fields, read out when it appears (the fields name it in aria-describedby). */
  error?: string | null;
  errorId?: string;
  children: ReactNode;
}

/** A modal form: heading, the caller's fields, an optional error line, then Cancel and the submit button. */
export function FormDialog(props: Props) {
  const { open, onClose, heading, onSubmit, submitLabel, canSubmit, noValidate, error, errorId } = props;
  const ref = useModalDialog(open);
  const headingId = useId();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={headingId} onClose={onDialogClosed(onClose)}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate={noValidate}
      >
        <h2 id={headingId} className="dialog__heading">
          {heading}
        </h2>
        {props.children}
        {errorId !== undefined && (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
