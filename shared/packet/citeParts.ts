/** A personal name split for bibliographies, or a literal for an organisation or a single word. */
export type NameParts = { family: string; given: string } | { literal: string };

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'du',
  'le',
  'la',
  'bin',
  'al',
  'ten',
  'ter',
]);

/**
 * Splits "Given Family" (or "Family, Given") into parts. Lower-case particles stay with the family
 * name ("Ines van der Dahl" → family "van der Dahl"); one word, or anything with digits, stays literal.
 */
export function splitName(raw: string): NameParts {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.includes(',')) {
    const [family = '', ...rest] = name.split(',');
    const given = rest.join(',').trim();
    return family.trim() && given ? { family: family.trim(), given } : { literal: name };
  }
  const words = name.split(' ');
  if (words.length < 2 || /\d/.test(name)) return { literal: name };
  let cut = words.length - 1;
  while (cut > 1 && PARTICLES.has((words[cut - 1] ?? '').toLowerCase())) cut--;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** Year, month and day of a stored date ("2024", "2024-05", "2024-05-03", or a timestamp); null when unreadable. */
export function dateParts(
  value: string | null,
): [number] | [number, number] | [number, number, number] | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month === null || month < 1 || month > 12) return [year];
  if (day === null || day < 1 || day > 31) return [year, month];
  return [year, month, day];
}

/** Collapses runs of white space (line breaks included) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Letters NFKD does not take apart.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
};

/** Folds to plain ASCII letters and digits, for citation keys and file names. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæÆøØłŁđĐþÞ]/g, (c) => FOLDS[c] ?? c);
}
