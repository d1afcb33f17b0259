import { useId, useState } from 'react';
import { FormDialog } from '../ui/FormDialog';
import { checkWebAddress } from './webAddress';
import './import.css';

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (url: string) => void;
}

/** "Add from web address": a modal form that captures one page by its address. */
export function WebAddressDialog({ open, onClose, onSubmit }: Props) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = () => {
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
    <FormDialog
      open={open}
      onClose={onClose}
      heading="Add from web address"
      onSubmit={submit}
      submitLabel="Capture page"
      canSubmit={address.trim().length > 0}
      noValidate
      error={error}
      errorId={`${id}-error`}
    >
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
    </FormDialog>
  );
}
