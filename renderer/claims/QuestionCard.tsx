import { useId, useState, type DragEvent } from 'react';
import type { QuestionView } from '../../shared/contract/boardResults';
import { statusLabel } from './claimLabels';
import { supportLabel } from './ratingLabels';

/** The drag payload's type: a claim id dragged from its card onto a question. */
export const CLAIM_DRAG_TYPE = 'application/x-research-notebook-claim';

interface Props {
  view: QuestionView;
  busy: boolean;
  onDropClaim: (claimId: string) => void;
  onAddText: (text: string) => void;
  onRemoveAnswer: (answerId: string) => void;
  onDelete: () => void;
}

/** A question and its rival answers side by side, each with its independent support and suggested status. */
// Long because: the card's markup top to bottom (header, answers, free-text form, footer).
export function QuestionCard({ view, busy, onDropClaim, onAddText, onRemoveAnswer, onDelete }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const claimId = event.dataTransfer.getData(CLAIM_DRAG_TYPE);
    if (claimId) onDropClaim(claimId);
  };
  const classes = ['question', view.contested ? 'question--contested' : '', over ? 'question--over' : ''];
  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={`${id}-q`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(CLAIM_DRAG_TYPE)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <header className="claim__header">
        <h2 id={`${id}-q`} className="claim__statement">
          {view.question.text}
        </h2>
        {view.contested && (
          <span className="badge badge--contested" title="More than one answer has independent support">
            Contested
          </span>
        )}
      </header>
      {view.answers.length === 0 ? (
        <p className="muted">No answers yet. Drag a claim here, or choose this question on a claim.</p>
      ) : (
        <ul className="answers" aria-label="Answers">
          {view.answers.map((a) => (
            <li key={a.answer.id} className="answer">
              <p className="answer__statement">{a.statement}</p>
              <p className="answer__support">
                <span className="stance stance--supports">For</span> {supportLabel(a.support)}
              </p>
              <p className="answer__support">
                <span className="stance stance--contradicts">Against</span> {supportLabel(a.against)}
              </p>
              <p className="answer__suggested">
                Evidence suggests: {statusLabel(a.suggestedStatus).toLowerCase()}
              </p>
              <button
                type="button"
                className="button button--quiet button--small"
                disabled={busy}
                onClick={() => onRemoveAnswer(a.answer.id)}
              >
                Take off this question
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="question__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onAddText(text.trim());
          setText('');
        }}
      >
        <input
          className="field__input"
          aria-label={`Another answer to “${view.question.text}”`}
          placeholder="Another answer, in your words"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button--small" disabled={busy || !text.trim()}>
          Add answer
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy}
          onClick={onDelete}
        >
          Delete question
        </button>
      </form>
    </article>
  );
}
