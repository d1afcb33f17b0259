import { typingIn } from './keyChord';

/**
 * The text field the keyboard was last in, while the reporter has not moved it elsewhere.
 *
 * A redraw can take the keyboard out of a field under a typist's fingers: the field is removed (a form
 * closed after Enter, a list redrawn), disabled while busy, or made non-editable. The browser then
 * hands the next keys to the page, with no event saying so, and letters meant for the field would
 * run single-key shortcuts (a fast typist tagged a whole article). Until the reporter moves the
 * keyboard themselves (focus lands elsewhere, a click, Escape or Tab), those keys count as typing.
 */
let lastField: EventTarget | null = null;

/** Notes where focus landed: a field is remembered, anything else clears the memory. */
export function rememberFocus(target: EventTarget | null): void {
  lastField = typingIn(target) ? target : null;
}

/** The reporter moved the keyboard on purpose (a click, Escape, Tab): keys are theirs again. */
export function forgetField(): void {
  lastField = null;
}

/**
 * Whether the keyboard fell out of a field without the reporter moving it: a field had focus and
 * what has focus now (`document.activeElement`) is no field, though nothing was focused or clicked since.
 */
export function fieldDropped(active: EventTarget | null): boolean {
  // A disabled field can stay the active element (until the browser's focus fixup) but takes no keys.
  return lastField !== null && !(typingIn(active) && !(active as { disabled?: boolean }).disabled);
}

/** Follows focus and clicks on a document until the returned function is called. */
export function watchFocus(doc: Document): () => void {
  const focusin = (event: FocusEvent) => rememberFocus(event.target);
  // Capture: a handler that stops the click must not hide it from here.
  doc.addEventListener('focusin', focusin, true);
  doc.addEventListener('pointerdown', forgetField, true);
  return () => {
    doc.removeEventListener('focusin', focusin, true);
    doc.removeEventListener('pointerdown', forgetField, true);
    forgetField();
  };
}
