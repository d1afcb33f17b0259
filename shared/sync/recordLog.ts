// A shared record is a log of field changes; its value and its history are computed here, the only
// place that decides which change wins (docs/sync.md, "A record").

/** One change to one field of a record, or the record's deletion. */
export type Change =
  { f: string; v: unknown; by: string; at: string } | { del: true; by: string; at: string };

/** An earlier value of a field that a later change replaced. */
export interface HistoryEntry {
  field: string;
  value: unknown;
  by: string;
  at: string;
}

type FieldChange = Extract<Change, { f: string }>;

/** Later first; ties broken by author so every replica picks the same winner. */
function isLater(a: { at: string; by: string }, b: { at: string; by: string }): boolean {
  return a.at > b.at || (a.at === b.at && a.by > b.by);
}

function isFieldChange(change: Change): change is FieldChange {
  return 'f' in change;
}

/** The latest change of each field (last writer wins). */
function winners(changes: readonly Change[]): Map<string, FieldChange> {
  const latest = new Map<string, FieldChange>();
  for (const change of changes) {
    if (!isFieldChange(change)) continue;
    const current = latest.get(change.f);
    if (!current || isLater(change, current)) latest.set(change.f, change);
  }
  return latest;
}

/** The latest deletion, or undefined. */
function latestDeletion(changes: readonly Change[]): Change | undefined {
  let found: Change | undefined;
  for (const change of changes) if ('del' in change && (!found || isLater(change, found))) found = change;
  return found;
}

/**
 * The record a log describes, or null when it was deleted after its last change (a change made after
 * a deletion, by someone who had not seen it, brings the record back rather than losing that change).
 */
export function resolveRecord(changes: readonly Change[]): Record<string, unknown> | null {
  const latest = winners(changes);
  const deletion = latestDeletion(changes);
  if (latest.size === 0) return null;
  if (deletion && ![...latest.values()].some((c) => isLater(c, deletion))) return null;
  const record: Record<string, unknown> = {};
  for (const [field, change] of latest) record[field] = change.v;
  return record;
}

/** The values later changes replaced, newest first, with who set them and when. */
export function recordHistory(changes: readonly Change[]): HistoryEntry[] {
  const latest = winners(changes);
  return changes
    .filter(isFieldChange)
    .filter((c) => latest.get(c.f) !== c)
    .map((c) => ({ field: c.f, value: c.v, by: c.by, at: c.at }))
    .sort((a, b) => (isLater(a, b) ? -1 : isLater(b, a) ? 1 : 0));
}

/** Who changed the record last, and when (for "changed last by" in the status). */
export function lastChange(changes: readonly Change[]): { by: string; at: string } | null {
  let last: Change | undefined;
  for (const change of changes) if (!last || isLater(change, last)) last = change;
  return last ? { by: last.by, at: last.at } : null;
}

/** Stable comparison of two JSON-like values (field values come from JSON files). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes that turn `shared` (the record as the log says, or null) into `local` (the record in
 * the notebook files, or null when it was deleted here), authored by `by` at `at`.
 */
export function diffRecord(
  shared: Record<string, unknown> | null,
  local: Record<string, unknown> | null,
  by: string,
  at: string,
): Change[] {
  if (local === null) return shared === null ? [] : [{ del: true, by, at }];
  const changes: Change[] = [];
  for (const [field, value] of Object.entries(local)) {
    if (value === undefined) continue;
    if (shared === null || !(field in shared) || !sameValue(shared[field], value))
      changes.push({ f: field, v: value, by, at });
  }
  return changes;
}

/** Checks a value read from a shared document (untrusted: another member wrote it). */
export function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  if (typeof c.by !== 'string' || typeof c.at !== 'string') return false;
  return (typeof c.f === 'string' && 'v' in c) || c.del === true;
}
