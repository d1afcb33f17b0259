import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { useModalDialog } from '../ui/useModalDialog';

type Invitations = { editor: string; reviewer: string };

/** "Share…": registers the open notebook on a sync server and shows the two invitations to copy. */
// Long because: the form and, once shared, the invitations in one dialog.
export function ShareDialog({
  open,
  onClose,
  onShared,
}: {
  open: boolean;
  onClose: () => void;
  onShared: () => void;
}) {
  const ref = useModalDialog(open);
  const api = useApi();
  const [server, setServer] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [invitations, setInvitations] = useState<Invitations | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setInvitations(
        await api.shareNotebook({ server: server.trim(), ...(name.trim() ? { name: name.trim() } : {}) }),
      );
      onShared();
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
          Share this notebook
        </h2>
        {invitations ? (
          <>
            <p>
              The notebook is shared. Send each colleague the invitation for their role; anyone holding it can
              join.
            </p>
            <InvitationField
              label="Editor invitation (reads and changes everything)"
              value={invitations.editor}
            />
            <InvitationField
              label="Reviewer invitation (reads everything, changes nothing)"
              value={invitations.reviewer}
            />
            <div className="dialog__actions">
              <button type="button" className="button button--primary" onClick={onClose}>
                Done
              </button>
            </div>
          </>
        ) : (
          <>
            <p>
              Your team works on this notebook through a sync server your newsroom runs. You keep working
              offline; changes merge when you reconnect.
            </p>
            <label className="field">
              <span className="field__label">Server address</span>
              <input
                className="field__input"
                value={server}
                placeholder="http://sync.example:1234"
                aria-invalid={error !== null}
                aria-describedby={`${id}-error`}
                onChange={(event) => setServer(event.target.value)}
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
              <button type="submit" className="button button--primary" disabled={busy || !server.trim()}>
                {busy ? 'Sharing…' : 'Share'}
              </button>
            </div>
          </>
        )}
      </form>
    </dialog>
  );
}

/** The name every change of this member carries ("changed by …"). */
export function NameField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      <span className="field__label">
        Your name <span className="field__optional">(shown to the others with your changes)</span>
      </span>
      <input className="field__input" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

function InvitationField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="sync-invitation">
      <label className="field sync-invitation__field">
        <span className="field__label">{label}</span>
        <input className="field__input" value={value} readOnly onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        className="button sync-invitation__copy"
        onClick={() =>
          void navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
