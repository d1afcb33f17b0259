import { useId, useState } from 'react';
import { useApi } from '../transport/ApiContext';
import { FormDialog } from '../ui/FormDialog';
import { useBusyAction } from '../ui/useBusyAction';

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
  const { busy, error, run } = useBusyAction();
  const id = useId();

  const submit = () =>
    run(async () => {
      await api.openNotebook({ path: path.trim() });
      onClose();
      // No place of its own: the other notebook opens where the reporter last was in it (useLastPlace).
      window.location.hash = '';
      window.location.reload();
    });

  const choose = () =>
    run(async () => {
      const chosen = await api.chooseNotebookFolder({});
      if (chosen.path !== null) setPath(chosen.path);
    });

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
