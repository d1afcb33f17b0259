import type { InputOf } from '../../shared/contract/contract';
import { CORRECTED_BY_REPORTER, type Source } from '../../shared/model/source';

/** The metadata fields a reporter can correct (the ones updateSourceMetadata accepts). */
export type EditableField = 'title' | 'authors' | 'site' | 'publishedAt' | 'url' | 'language';

export type MetadataUpdate = Omit<InputOf<'updateSourceMetadata'>, 'id'>;

export interface FieldDef {
  key: EditableField | 'modifiedAt' | 'canonicalUrl';
  label: string;
  editable: boolean;
  /** Shown under the input while editing. */
  hint?: string;
}

/** In the order the panel lists them. */
export const METADATA_FIELDS: readonly FieldDef[] = [
  { key: 'title', label: 'Title', editable: true },
  { key: 'authors', label: 'Authors', editable: true, hint: 'Separate names with commas.' },
  { key: 'site', label: 'Site', editable: true },
  { key: 'publishedAt', label: 'Published', editable: true, hint: 'A date such as 2026-03-14.' },
  { key: 'modifiedAt', label: 'Modified', editable: false },
  { key: 'url', label: 'Web address', editable: true, hint: 'Starting with http:// or https://.' },
  { key: 'canonicalUrl', label: 'Canonical URL', editable: false },
  { key: 'language', label: 'Language', editable: true, hint: 'A language code such as en or de.' },
];

/** The field's current value as the edit box starts with it. */
export function editText(source: Source, key: FieldDef['key']): string {
  if (key === 'authors') return source.authors.join(', ');
  return source[key] ?? '';
}

/**
 * Turns what was typed into the update to send, or a plain-words error. An empty
 * box clears a field that may be empty; the title may not.
 */
export function toUpdate(key: EditableField, typed: string): { update: MetadataUpdate } | { error: string } {
  const value = typed.trim();
  switch (key) {
    case 'title':
      return value ? { update: { title: value } } : { error: 'A source needs a title.' };
    case 'authors':
      return {
        update: {
          authors: value
            .split(/[,;]/)
            .map((name) => name.trim())
            .filter(Boolean),
        },
      };
    case 'publishedAt':
      if (value && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value)) {
        return { error: 'Use a date such as 2026-03-14.' };
      }
      return { update: { publishedAt: value || null } };
    case 'url':
      if (value && !/^https?:\/\/\S+$/i.test(value))
        return { error: 'Use a web address starting with http:// or https://.' };
      return { update: { url: value || null } };
    default:
      return { update: { [key]: value || null } };
  }
}

const ORIGIN_WORDS: Record<string, string> = {
  [CORRECTED_BY_REPORTER]: 'Corrected by you',
  // Notebooks from before the code was stored hold the words themselves.
  'corrected by you': 'Corrected by you',
  'typed by you': 'Typed by you',
  'file name': 'From the file name',
};

/** Where a value came from, in words: "From og:title", "Corrected by you", or "Not found". */
export function describeOrigin(origin: string | undefined, hasValue: boolean): string {
  if (!origin) return hasValue ? 'Origin not recorded' : 'Not found';
  return ORIGIN_WORDS[origin] ?? `From ${origin}`;
}
