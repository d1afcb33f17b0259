import { NAV_WORDS } from './chromeVocabulary';
import { comparable } from './normalizeText';
import { wordsOf } from './lineShape';

export interface TitleParts {
  title: string;
  site: string | null;
}

// Topic adjectives that make a section name ("Political News", "Breaking News"), not a masthead.
const SECTION_WORDS = new Set(
  'political economic financial global breaking latest top world local national international regional'.split(
    ' ',
  ),
);
const sectionWord = (w: string) => NAV_WORDS.has(w) || SECTION_WORDS.has(w);

const siteLike = (part: string) => {
  const words = wordsOf(part);
  if (words.length === 0 || words.length > 5 || words.every(sectionWord)) return false;
  return /^[\p{Lu}\p{N}]/u.test(part.trim()) || /\.[a-z]{2,}$/i.test(part.trim());
};

/** "Headline | Section | Site" → headline and site; a dash suffix is split only when it names a site. */
export function splitTitleSite(raw: string, knownSite?: string | null): TitleParts {
  const text = raw.trim();
  if (knownSite) {
    const site = comparable(knownSite);
    const m = /^(.+)(?:\s*\|\s*|\s+[-–—·»]\s+|\s*::\s*)([^|–—·»]+)$/u.exec(text);
    if (m?.[1] && m[2] && comparable(m[2]) === site) return { title: m[1].trim(), site: knownSite };
    const lead = /^([^|–—·»]+?)(?:\s*\|\s*|\s+[-–—·»]\s+|\s*::\s*)(.+)$/u.exec(text);
    if (lead?.[1] && lead[2] && comparable(lead[1]) === site)
      return { title: lead[2].trim(), site: knownSite };
  }
  const bars = text.split(/\s+\|\s+|\s+::\s+/);
  // A leading section label ("Opinion | ...") is not part of the headline.
  if (bars.length > 1 && wordsOf(bars[0]!).length <= 3 && wordsOf(bars[0]!).every((w) => NAV_WORDS.has(w))) {
    bars.shift();
    if (bars.length === 1) return { title: bars[0]!.trim(), site: null };
  }
  if (bars.length > 1) {
    const head = bars[0]!.trim();
    const tail = bars[bars.length - 1]!.trim();
    if (wordsOf(head).length >= 3) return { title: head, site: siteLike(tail) ? tail : null };
  }
  const dash = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/u.exec(text);
  if (
    dash?.[1] &&
    dash[2] &&
    wordsOf(dash[1]).length >= 3 &&
    wordsOf(dash[2]).length <= 4 &&
    siteLike(dash[2])
  ) {
    const suffix = dash[2].trim();
    // Title case throughout ("The Harbor Gazette") or a domain: a publisher, not part of the headline.
    if (/\.[a-z]{2,}$/i.test(suffix) || capitalised(suffix)) {
      return { title: dash[1].trim(), site: suffix };
    }
  }
  // "Site Name - Headline": a short title-case name before a long headline.
  const lead = /^([^-–—]+?)\s+[-–—]\s+(.*\S)$/u.exec(text);
  if (
    lead?.[1] &&
    lead[2] &&
    wordsOf(lead[1]).length <= 4 &&
    wordsOf(lead[2]).length >= 5 &&
    siteLike(lead[1]) &&
    capitalised(lead[1])
  ) {
    return { title: lead[2].trim(), site: lead[1].trim() };
  }
  return { title: text, site: null };
}

function capitalised(part: string): boolean {
  return part
    .trim()
    .split(/\s+/)
    .every(
      (w) =>
        /^[\p{Lu}\p{N}&]/u.test(w) ||
        /^(of|the|and|for|de|du|des|la|le|les|der|die|das|von|van|del|di|y|et)$/.test(w),
    );
}
