import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { useModalDialog } from '../ui/useModalDialog';

/** "Switch notebook…": opens another notebook folder by its path (the desktop menu offers a folder picker). */
export function SwitchNotebookDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const api = useApi();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.openNotebook({ path: path.trim() });
      onClose();
      window.location.hash = '#/';
      window.location.reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-heading`} className="dialog__heading">
          Switch notebook
        </h2>
        <label className="field">
          <span className="field__label">Notebook folder</span>
          <input
            className="field__input"
            value={path}
            aria-invalid={error !== null}
            aria-describedby={`${id}-error`}
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
            Open notebook
          </button>
        </div>
      </form>
    </dialog>
  );
}
