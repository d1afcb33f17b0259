import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import { checkWebAddress } from './webAddress';
import './import.css';

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (url: string) => void;
}

/** "Add from web address": a modal form that captures one page by its address. */
// Long because: one dialog's form, its validation message and its open/close effect.
export function WebAddressDialog({ open, onClose, onSubmit }: Props) {
  const ref = useModalDialog(open);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkWebAddress(address);
    if (checked.error !== null) {
      setError(checked.error);
      return;
    }
    onSubmit(checked.url);
    setAddress('');
    setError(null);
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`} className="dialog__heading">
          Add from web address
        </h2>
        <label className="field">
          <span className="field__label">Web address</span>
          <input
            className="field__input"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={address}
            aria-invalid={error !== null}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => {
              setAddress(event.target.value);
              setError(null);
            }}
          />
        </label>
        <p id={`${id}-hint`} className="field__hint">
          The page is fetched once and kept exactly as captured, with the time and the final address.
        </p>
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={address.trim().length === 0}>
            Capture page
          </button>
        </div>
      </form>
    </dialog>
  );
}
