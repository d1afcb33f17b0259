import { findAbsoluteDate } from './findDates';
import { findRelativeDate } from './relativeDate';

const PREFIX =
  /^(?:by|written by|posted by|words by|story by|text by|(?:additional )?reporting by|reported by|authors?|autor(?:in|en)?|von|par|por|door)(?:\s*:\s*|\s+)(.+)$/iu;
// Words that make a byline fragment a job title rather than a person.
const ROLE =
  /\b(reporters?|correspondents?|editors?|writers?|staff|contributors?|columnist|bureau|chief|senior|desk|team|journalists?|photographers?|analyst|producer|intern|freelance|deputy|managing|redakteur(?:in)?|korrespondent(?:in)?|journaliste|envoyée?|rédaction|redaktion|editing|reporting)\b/iu;
const PARTICLE = /^(de|da|di|del|della|van|von|der|den|du|la|le|al|el|bin|ibn|ten|ter|y|zu)$/u;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
const CUT = /\s+(?:[|•·]|[—–]|-\s|on\s+\p{Lu}|updated|published|posted|photo)|\s*[(;]/iu;

function looksLikeName(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 5) return false;
  if (tokens.length === 1) return /^\p{Lu}[\p{L}'’-]+$/u.test(tokens[0]!);
  return tokens.every((t, i) => NAME_TOKEN.test(t) || (i > 0 && PARTICLE.test(t)));
}

/** Names from a byline line ("By Ana Ruiz and Tom Bell", "Author: X"); null when it is no byline. */
export function parseByline(line: string, capturedAt: string): string[] | null {
  const text = line.trim();
  if (text.length > 140) return null;
  const m = PREFIX.exec(text);
  if (!m?.[1]) return null;
  let rest = m[1];
  const dateAt = Math.min(
    findAbsoluteDate(rest, capturedAt)?.index ?? Infinity,
    findRelativeDate(rest, capturedAt)?.index ?? Infinity,
  );
  if (dateAt !== Infinity)
    rest = rest
      .slice(0, dateAt)
      .replace(/[\s,]+(on|at|am|um|le|el|du|vom|the|published|updated)?[\s,]*$/iu, '');
  const cut = CUT.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  rest = rest
    .split(/\s+/)
    .filter((t) => !/[@/]|^https?:/.test(t))
    .join(' ')
    .replace(/[\s,:.|-]+$/u, '');
  const parts = rest.split(/\s*,\s*|\s+(?:and|&|und|et|y|e)\s+/u).map((p) => p.trim());
  const names: string[] = [];
  for (const part of parts) {
    if (!part || ROLE.test(part)) continue;
    // A lone word after a name is usually a place ("By Ana Ruiz, Lyon"), not a co-author.
    if (parts.length > 1 && !/\s/.test(part) && !/^\p{Lu}{2,}$/u.test(part)) continue;
    if (!looksLikeName(part)) return null;
    if (names.length > 0 && /^the\s/iu.test(part)) continue;
    names.push(part);
  }
  return names.length > 0 ? names : null;
}
