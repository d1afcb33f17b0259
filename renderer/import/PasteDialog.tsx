import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

interface Props {
  open: boolean;
  onClose: () => void;
  onSubmit: (text: string, title: string) => void;
}

/** A modal form for pasting an article's text, with an optional title. */
export function PasteDialog({ open, onClose, onSubmit }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length === 0) return;
    onSubmit(text, title);
    setText('');
    setTitle('');
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form className="dialog__form" onSubmit={submit}>
        <h2 id={`${id}-heading`} className="dialog__heading">
          Paste text
        </h2>
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
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={text.trim().length === 0}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
