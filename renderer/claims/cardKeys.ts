import { useCommandHandlers } from '../commands/useCommandHandlers';
import { stepIndex } from '../ui/stepIndex';

/** What a claim card's keys reach: each marked with `data-card-action` in the card. */
export type CardAction = 'status' | 'claimant' | 'answer' | 'edit';

const CARD = '#main-content article.claim';
const cards = () => Array.from(document.querySelectorAll<HTMLElement>(CARD));
const focusedCard = () =>
  document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(CARD) : null;

function moveFocus(step: 1 | -1): boolean {
  const all = cards();
  const current = focusedCard();
  const next = all[stepIndex(all.length, current ? all.indexOf(current) : -1, step)];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Focuses (a select) or presses (a button) one action of the card holding focus; false with no card. */
function actOnCard(action: CardAction): boolean {
  const target = focusedCard()?.querySelector<HTMLElement>(`[data-card-action="${action}"]`);
  if (!target || (target as HTMLButtonElement).disabled) return false;
  if (target instanceof HTMLButtonElement) target.click();
  else target.focus();
  return true;
}

/**
 * The claims board's per-card keys (table in commands/commandTable): j/k move between cards, then s
 * opens the status, w the claimant, q the question it answers (the keyboard's way to move a card onto
 * a question), r rewrites the statement. Arrow keys then change the focused list, as they do by mouse.
 */
export function useClaimCardKeys(): void {
  useCommandHandlers({
    'claims.nextCard': () => moveFocus(1),
    'claims.previousCard': () => moveFocus(-1),
    'claims.status': () => actOnCard('status'),
    'claims.claimant': () => actOnCard('claimant'),
    'claims.answer': () => actOnCard('answer'),
    'claims.edit': () => actOnCard('edit'),
  });
}
