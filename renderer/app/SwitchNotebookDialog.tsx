import { useId, useState } from 'react';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';
import { FormDialog } from '../ui/FormDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The host can show the system folder picker (the desktop app; NotebookInfo.folderPicker). */
  folderPicker: boolean;
}

/** "Switch notebook…": opens another notebook folder, typed or (in the desktop app) chosen in the system picker. */
// Long because: the form's fields and its two ways to name a folder, one short handler each.
export function SwitchNotebookDialog({ open, onClose, folderPicker }: Props) {
  const api = useApi();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.openNotebook({ path: path.trim() });
      onClose();
      // No place of its own: the other notebook opens where the reporter last was in it (useLastPlace).
      window.location.hash = '';
      window.location.reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    setError(null);
    try {
      const chosen = await api.chooseNotebookFolder({});
      if (chosen.path !== null) setPath(chosen.path);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      heading="Switch notebook"
      onSubmit={() => void submit()}
      submitLabel="Open notebook"
      canSubmit={!busy && path.trim() !== ''}
      noValidate
      error={error}
      errorId={`${id}-error`}
    >
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
      {folderPicker && (
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          Choose folder…
        </button>
      )}
    </FormDialog>
  );
}
