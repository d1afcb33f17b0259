import { asciiFold } from './citeParts';

const MAX_SLUG = 60;

/**
 * A file-name-safe slug of a title (lower-case ASCII letters, digits, hyphens), unique among
 * `taken`, which it joins: "Budget Notes" → "budget-notes", then "budget-notes-2".
 */
export function slugify(title: string, taken: Set<string>, fallback = 'note'): string {
  const base =
    asciiFold(title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '') || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
