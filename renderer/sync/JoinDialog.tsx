import { useId, useState } from 'react';
import { useApi } from '../transport/ApiContext';
import { FormDialog } from '../ui/FormDialog';
import { useBusyAction } from '../ui/useBusyAction';
import { NameField } from './ShareDialog';

/** "Join a shared notebook…": an invitation and a new folder; the notebook opens once joined. */
// Long because: three labelled fields and their one submit.
export function JoinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const api = useApi();
  const [invitation, setInvitation] = useState('');
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const { busy, error, run } = useBusyAction();
  const id = useId();

  const submit = () =>
    run(async () => {
      await api.joinSharedNotebook({
        invitation: invitation.trim(),
        path: path.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      onClose();
      window.location.hash = '#/';
      window.location.reload();
    });

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      heading="Join a shared notebook"
      onSubmit={() => void submit()}
      submitLabel={busy ? 'Joining…' : 'Join'}
      canSubmit={!busy && invitation.trim() !== '' && path.trim() !== ''}
      noValidate
      error={error}
      errorId={`${id}-error`}
    >
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
    </FormDialog>
  );
}
