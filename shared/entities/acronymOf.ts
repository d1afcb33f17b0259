// Matches acronyms to the names they abbreviate: "Federal Emergency Management Agency" is FEMA,
// "World Anti-Doping Agency" is WADA (hyphenated parts count), connectors are skipped.

const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&', 'de', 'des', 'du', 'la', 'le']);

/** Possible initialisms of a multi-word name, upper case. */
export function initialisms(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !SKIPPED.has(word.toLowerCase()));
  if (words.length < 2) return [];
  const whole = words.map((word) => word[0] ?? '').join('');
  const parts = words
    .flatMap((word) => word.split(/[-‐]/))
    .map((part) => part[0] ?? '')
    .join('');
  return [...new Set([whole, parts].map((initials) => initials.toUpperCase()))];
}

/** Whether `acronym` ("NRHA", "U.S.") abbreviates `name`. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const bare = acronym.replace(/\./g, '').toUpperCase();
  return bare.length >= 2 && initialisms(name).includes(bare);
}
