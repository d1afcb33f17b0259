import { findDates } from '../../../shared/import/findDates';
import { normalizeDate } from '../../../shared/import/normalizeDate';
import type { DateFinding } from '../../../shared/import/types';
import type { PageIndex } from './indexPage';
import { firstMeta } from './metaTags';
import type { Element } from '../../dom/domTypes';

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publish-date',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];
const UPDATED_CONTEXT = /\b(updated?|modified|aktualisiert|mis à jour|actualizado)\b/i;

export interface PageDates {
  published: DateFinding | null;
  modified: DateFinding | null;
}

function fromMeta(
  meta: Map<string, string[]>,
  keys: string[],
  role: DateFinding['role'],
  capturedAt: string,
): DateFinding | null {
  const hit = firstMeta(meta, keys);
  const iso = hit ? normalizeDate(hit[0], capturedAt) : null;
  return hit && iso ? { iso, approximate: false, role, how: hit[1] } : null;
}

// A <time> inside a line that says "Updated" dates the update, not the story.
function timeRole(el: Element): DateFinding['role'] {
  const context = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.textContent?.slice(0, 120) ?? ''}`;
  return UPDATED_CONTEXT.test(context) &&
    !/published|datepublished/i.test(el.getAttribute('itemprop') ?? el.getAttribute('class') ?? '')
    ? 'modified'
    : 'published';
}

function fromTimes(index: PageIndex, capturedAt: string): PageDates {
  const scope = index.article ?? index.main;
  const inScope = scope ? index.times.filter((el) => scope.contains(el)) : [];
  const out: PageDates = { published: null, modified: null };
  for (const el of inScope.length > 0 ? inScope : index.times) {
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const role = /datemodified/i.test(el.getAttribute('itemprop') ?? '') ? 'modified' : timeRole(el);
    let found: DateFinding | null = null;
    const iso = normalizeDate(attr, capturedAt);
    const how =
      el.tagName.toUpperCase() === 'TIME' ? 'time element' : `itemprop ${el.getAttribute('itemprop')}`;
    if (iso) found = { iso, approximate: false, role, how };
    else {
      const visible = findDates(el.textContent ?? '', capturedAt)[0];
      if (visible) found = { ...visible, role, how: `${how} (${visible.how})` };
    }
    if (found && !out[role]) out[role] = found;
  }
  return out;
}

/** Published and modified dates from meta tags, JSON-LD and <time> elements, most explicit first. */
export function pageDates(
  index: PageIndex,
  meta: Map<string, string[]>,
  ld: { published: string | null; modified: string | null },
  capturedAt: string,
): PageDates {
  const ldPublished = normalizeDate(ld.published, capturedAt);
  const ldModified = normalizeDate(ld.modified, capturedAt);
  const times = fromTimes(index, capturedAt);
  return {
    published:
      fromMeta(meta, PUBLISHED_KEYS.slice(0, 2), 'published', capturedAt) ??
      (ldPublished ? { iso: ldPublished, approximate: false, role: 'published', how: 'json-ld' } : null) ??
      times.published ??
      fromMeta(meta, PUBLISHED_KEYS.slice(2), 'published', capturedAt),
    modified:
      fromMeta(meta, MODIFIED_KEYS.slice(0, 2), 'modified', capturedAt) ??
      (ldModified ? { iso: ldModified, approximate: false, role: 'modified', how: 'json-ld' } : null) ??
      times.modified ??
      fromMeta(meta, MODIFIED_KEYS.slice(2), 'modified', capturedAt),
  };
}
