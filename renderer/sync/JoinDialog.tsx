import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { useModalDialog } from '../ui/useModalDialog';
import { NameField } from './ShareDialog';

/** "Join a shared notebook…": an invitation and a new folder; the notebook opens once joined. */
// Long because: the dialog's markup, three labelled fields and their one submit.
export function JoinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const api = useApi();
  const [invitation, setInvitation] = useState('');
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.joinSharedNotebook({
        invitation: invitation.trim(),
        path: path.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
      });
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
          Join a shared notebook
        </h2>
        <label className="field">
          <span className="field__label">Invitation</span>
          <input
            className="field__input"
            value={invitation}
            placeholder="rn-invite:…"
            onChange={(event) => setInvitation(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">New notebook folder</span>
          <input
            className="field__input"
            value={path}
            placeholder="/home/me/Investigation"
            aria-invalid={error !== null}
            aria-describedby={`${id}-error`}
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        <NameField value={name} onChange={setName} />
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || !invitation.trim() || !path.trim()}
          >
            {busy ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
