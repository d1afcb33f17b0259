import { ID_PATTERN } from '../ids';
import type { CitationTarget } from './collectCitations';

/** Longest locator ("p. 4", "para. 12", "00:14:03") a citation may carry; the contract allows 200. */
export const MAX_LOCATOR_LENGTH = 200;

// Control characters would survive into exports and HTML attributes; nothing a reporter types needs them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const asId = (value: unknown): string | null =>
  typeof value === 'string' && ID_PATTERN.test(value.trim().toLowerCase())
    ? value.trim().toLowerCase()
    : null;

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === '';

/**
 * The one gate for citation attributes, used by every way a citation enters a note (HTML parse,
 * paste, drop, commands, stored JSON) and by rendering: a valid target, normalised, or null.
 */
export function validateCitationAttrs(raw: unknown): CitationTarget | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const attrs = raw as Record<string, unknown>;
  const sourceId = asId(attrs.sourceId);
  if (!sourceId) return null;

  let highlightId: string | null = null;
  if (!isBlank(attrs.highlightId)) {
    highlightId = asId(attrs.highlightId);
    if (!highlightId) return null;
  }

  let locator: string | null = null;
  if (!isBlank(attrs.locator)) {
    if (typeof attrs.locator !== 'string') return null;
    const trimmed = attrs.locator.trim();
    if (trimmed.length > MAX_LOCATOR_LENGTH || CONTROL.test(trimmed)) return null;
    locator = trimmed.length > 0 ? trimmed : null;
  }
  return { sourceId, highlightId, locator };
}

/** The attributes of a `sourceQuote` mark, or null when its highlight id is unusable. */
export function validateSourceQuoteAttrs(
  raw: unknown,
): { highlightId: string; sourceId: string | null } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const attrs = raw as Record<string, unknown>;
  const highlightId = asId(attrs.highlightId);
  if (!highlightId) return null;
  if (isBlank(attrs.sourceId)) return { highlightId, sourceId: null };
  const sourceId = asId(attrs.sourceId);
  return sourceId ? { highlightId, sourceId } : null;
}
