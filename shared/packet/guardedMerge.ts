import { canonicalJson } from './canonicalJson';

/** One field where the packet's copy of a record differs from the notebook's. */
export interface FieldChange {
  field: string;
  /** What happened: the packet's value filled an empty field or added list items, or yours was kept. */
  outcome: 'filled' | 'added' | 'kept-yours' | 'raised' | 'stays-confidential';
  yours: string;
  theirs: string;
}

export interface GuardedMerge<T> {
  merged: T;
  /** Every field that differed, and what became of it; empty when the two copies agree. */
  fields: FieldChange[];
  /** True when `merged` differs from the notebook's copy (something must be written). */
  changed: boolean;
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
const SHOWN = 200;

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

const shown = (v: unknown): string => {
  const text = typeof v === 'string' ? v : canonicalJson(v ?? null);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
};

/** The reporter's list followed by the packet's items it lacks (compared as canonical JSON). */
function union(yours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const seen = new Set(yours.map((v) => canonicalJson(v)));
  return [...yours, ...theirs.filter((v) => !seen.has(canonicalJson(v)))];
}

/**
 * Merges the packet's copy of a record the notebook already has, never weakening what the reporter
 * decided. The one rule for every kind of record:
 * - confidentiality can only be raised: `confidential` is true if either copy says so, whatever the dates;
 * - where both copies have a different value, the notebook's stays and the packet's is reported;
 * - only a newer packet copy may fill an empty field or add items to a list (tags, aliases, evidence);
 *   an older one changes nothing but confidentiality;
 * - `localOnly` fields (stored files, near-duplicate links) always stay the notebook's, unreported.
 * Nothing is ever overwritten silently: every difference is listed in `fields`.
 */
export function guardedMerge<T extends object>(
  current: T,
  incoming: T,
  options: { incomingNewer: boolean; localOnly?: readonly string[] },
): GuardedMerge<T> {
  const merged = { ...current } as Record<string, unknown>;
  const mine = current as unknown as Record<string, unknown>;
  const theirs = incoming as unknown as Record<string, unknown>;
  const fields: FieldChange[] = [];
  const skip = new Set([...BOOKKEEPING, ...(options.localOnly ?? [])]);
  for (const field of Object.keys(theirs)) {
    const a = mine[field];
    const b = theirs[field];
    if (skip.has(field) || canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
    // An older copy is just an old copy: only what it says about confidentiality matters.
    if (!options.incomingNewer && field !== 'confidential') continue;
    const change = { field, yours: shown(a), theirs: shown(b) };
    if (field === 'confidential') {
      const raise = b === true;
      if (raise) merged[field] = true;
      fields.push({ ...change, outcome: raise ? 'raised' : 'stays-confidential' });
    } else if (options.incomingNewer && isEmpty(a)) {
      merged[field] = b;
      fields.push({ ...change, outcome: 'filled' });
    } else if (options.incomingNewer && Array.isArray(a) && Array.isArray(b)) {
      const both = union(a, b);
      if (both.length > a.length) merged[field] = both;
      // Items only you have stay: that is a difference kept as yours, not a loss.
      fields.push({ ...change, outcome: both.length > a.length ? 'added' : 'kept-yours' });
    } else fields.push({ ...change, outcome: 'kept-yours' });
  }
  const changed = canonicalJson(merged) !== canonicalJson(current);
  if (changed && options.incomingNewer && 'updatedAt' in theirs) merged.updatedAt = theirs.updatedAt;
  else if (changed && 'updatedAt' in mine) merged.updatedAt = new Date().toISOString();
  return { merged: merged as T, fields, changed };
}
