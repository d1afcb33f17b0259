// The note just created, whose title field should take focus when its list item first draws.
let pending: string | null = null;

/** Marks a new note: its list item opens with the title field focused (then Enter moves to the text). */
export function markNewNote(id: string): void {
  pending = id;
}

/** Whether this note was just created (asked once, by its list item). */
export function takeNewNote(id: string): boolean {
  if (pending !== id) return false;
  pending = null;
  return true;
}
