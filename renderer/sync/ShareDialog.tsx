import { useId, useState } from 'react';
import { useApi } from '../transport/ApiContext';
import { FormDialog } from '../ui/FormDialog';
import { useBusyAction } from '../ui/useBusyAction';
import { useModalDialog } from '../ui/useModalDialog';
import { onDialogClosed } from '../ui/onDialogClosed';

type Invitations = { editor: string; reviewer: string };

interface Props {
  open: boolean;
  onClose: () => void;
  onShared: () => void;
}

/**
 * "Share…": registers the open notebook on a sync server (the shared FormDialog), then shows the two
 * invitations to copy in a dialog of the same name.
 */
export function ShareDialog({ open, onClose, onShared }: Props) {
  const [invitations, setInvitations] = useState<Invitations | null>(null);
  if (open && invitations) return <InvitationsDialog invitations={invitations} onClose={onClose} />;
  return (
    <ShareForm
      open={open}
      onClose={onClose}
      onShared={(shared) => {
        setInvitations(shared);
        onShared();
      }}
    />
  );
}

function ShareForm({
  open,
  onClose,
  onShared,
}: Omit<Props, 'onShared'> & { onShared: (i: Invitations) => void }) {
  const api = useApi();
  const [server, setServer] = useState('');
  const [name, setName] = useState('');
  const { busy, error, run } = useBusyAction();
  const id = useId();
  const submit = () =>
    run(async () =>
      onShared(
        await api.shareNotebook({ server: server.trim(), ...(name.trim() ? { name: name.trim() } : {}) }),
      ),
    );
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      heading="Share this notebook"
      onSubmit={() => void submit()}
      submitLabel={busy ? 'Sharing…' : 'Share'}
      canSubmit={!busy && server.trim() !== ''}
      noValidate
      error={error}
      errorId={`${id}-error`}
    >
      <p>
        Your team works on this notebook through a sync server your newsroom runs. You keep working offline;
        changes merge when you reconnect.
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
    </FormDialog>
  );
}

function InvitationsDialog({ invitations, onClose }: { invitations: Invitations; onClose: () => void }) {
  const ref = useModalDialog(true);
  const headingId = useId();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={headingId} onClose={onDialogClosed(onClose)}>
      <div className="dialog__form">
        <h2 id={headingId} className="dialog__heading">
          Share this notebook
        </h2>
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
      </div>
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
