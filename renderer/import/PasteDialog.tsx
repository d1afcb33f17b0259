import { useState } from 'react';
import { FormDialog } from '../ui/FormDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (text: string, title: string) => void;
}

/** A modal form for pasting an article's text, with an optional title. */
export function PasteDialog({ open, onClose, onSubmit }: Props) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');

  const submit = () => {
    if (text.trim().length === 0) return;
    onSubmit(text, title);
    setText('');
    setTitle('');
  };

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      heading="Paste text"
      onSubmit={submit}
      submitLabel="Import"
      canSubmit={text.trim().length > 0}
    >
      <label className="field">
        <span className="field__label">Text to import</span>
        <textarea
          className="field__input field__input--area"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={12}
          required
        />
      </label>
      <label className="field">
        <span className="field__label">
          Title <span className="field__optional">(optional)</span>
        </span>
        <input
          className="field__input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={500}
        />
      </label>
    </FormDialog>
  );
}
