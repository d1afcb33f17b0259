import { useState } from 'react';
import type { Entity } from '../../shared/model';
import { ClaimCard } from './ClaimCard';
import { QuestionCard } from './QuestionCard';
import type { RateActions } from './RatingControl';
import type { BoardState } from './useClaimsBoard';

interface Props {
  board: BoardState;
  claimants: readonly Entity[];
  busy: boolean;
  run: (action: () => Promise<unknown>) => Promise<unknown>;
  filtered: boolean;
}

/** The board's body: a form for a new question, the question cards, then the claim cards. */
// Long because: the two lists share the board's actions; each card is a component already.
export function BoardLists({ board, claimants, busy, run, filtered }: Props) {
  const [text, setText] = useState('');
  const questions = board.questions.map((q) => ({ id: q.question.id, text: q.question.text }));
  const rate: RateActions = {
    rateSource: (input) => void run(() => board.rateSource(input)),
    rateOutlet: (input) => void run(() => board.rateOutlet(input)),
  };
  const assign = (claimId: string, questionId: string | null, from: string | null) => {
    if (questionId) return void run(() => board.addAnswer({ questionId, claimId }));
    const q = board.questions.find((v) => v.question.id === from);
    const answer = q?.answers.find((a) => a.answer.claimId === claimId);
    if (q && answer)
      void run(() => board.removeAnswer({ questionId: q.question.id, answerId: answer.answer.id }));
  };
  return (
    <>
      <form
        className="question-form"
        aria-label="New question"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          void run(() => board.createQuestion({ text: text.trim() }));
          setText('');
        }}
      >
        <input
          className="field__input"
          aria-label="New question"
          placeholder="A question several claims answer, e.g. How many points does the plan have?"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !text.trim()}>
          Add question
        </button>
      </form>
      {board.questions.length > 0 && (
        <div className="questions" aria-label="Questions">
          {board.questions.map((q) => (
            <QuestionCard
              key={q.question.id}
              view={q}
              busy={busy}
              onDropClaim={(claimId) => assign(claimId, q.question.id, null)}
              onAddText={(answer) =>
                void run(() => board.addAnswer({ questionId: q.question.id, text: answer }))
              }
              onRemoveAnswer={(answerId) =>
                void run(() => board.removeAnswer({ questionId: q.question.id, answerId }))
              }
              onDelete={() => void run(() => board.deleteQuestion(q.question.id))}
            />
          ))}
        </div>
      )}
      {board.claims.length === 0 ? (
        <p className="muted page__empty">
          {filtered
            ? 'No claim matches these filters.'
            : 'No claims yet. Select a passage in a source and press c to make a claim from it.'}
        </p>
      ) : (
        <div className="claims">
          {board.claims.map((view) => (
            <ClaimCard
              key={view.claim.id}
              view={view}
              claimants={claimants}
              busy={busy}
              questions={questions}
              onAssign={(questionId) => assign(view.claim.id, questionId, view.questionId)}
              rate={rate}
              onUpdate={(changes) => void run(() => board.update({ id: view.claim.id, ...changes }))}
              onRemoveEvidence={(highlightId) =>
                void run(() => board.removeEvidence({ claimId: view.claim.id, highlightId }))
              }
              onDelete={() => void run(() => board.remove(view.claim.id))}
            />
          ))}
        </div>
      )}
    </>
  );
}
