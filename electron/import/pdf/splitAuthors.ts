/** Names that authoring tools write when nobody set an author. */
const PLACEHOLDER = /^(?:microsoft office user|windows user|user|admin(?:istrator)?|author|unknown|owner)$/i;

/**
 * "A; B", "A and B", "A & B" or "A, B" (when each part is a full name) into names,
 * leaving out tool placeholders such as "Microsoft Office User".
 */
export function splitAuthors(raw: unknown): string[] {
  if (typeof raw !== 'string' || !raw.trim()) return [];
  let parts = raw.split(/\s*(?:;|&|\band\b)\s*/i);
  if (parts.length === 1 && raw.includes(',')) {
    const byComma = raw.split(/\s*,\s*/);
    // "Quill, Mara" is one person; "Mara Quill, Tomas Brevik" is two.
    if (byComma.every((p) => p.trim().includes(' '))) parts = byComma;
  }
  return parts.map((p) => p.trim()).filter((p) => p && !PLACEHOLDER.test(p));
}
