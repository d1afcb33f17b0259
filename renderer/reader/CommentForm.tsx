import { useId, useState, type FormEvent } from 'react';
import { formKeys } from '../ui/formKeys';

interface Props {
  busy?: boolean;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}

/** A comment for a new highlight. Ctrl/Cmd+Enter saves, Escape cancels. */
export function CommentForm({ busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const [comment, setComment] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!busy) onSubmit(comment.trim());
  };
  const onKeyDown = formKeys(submit, onCancel);
  return (
    <form className="mini-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Comment">
      <label className="field__label" htmlFor={`${id}-comment`}>
        Comment
      </label>
      <textarea
        id={`${id}-comment`}
        className="field__input mini-form__area"
        value={comment}
        maxLength={20_000}
        // Opened on request; typing the comment is the next thing to do.
        autoFocus
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="mini-form__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Highlight with comment
        </button>
      </div>
    </form>
  );
}
