/**
 * What a cache reads of a record, copied into a flat list: comparing two of them says whether the
 * record changed in what matters, even when it was changed in place.
 */
export type Key = readonly unknown[];

export const sameKey = (a: Key, b: Key): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
