/** Deterministic synthetic articles, so every bench run measures the same work. */
import { rng } from '../../shared/testing/rng';

const WORDS = (
  'council harbour budget minister report village river contract police court witness election ' +
  'ministry office road bridge energy price market strike union hospital school water supply ' +
  'inquiry document meeting agreement border army ceasefire talks envoy plan statement spokesman ' +
  'official region district mayor company shares investors evidence claims denied confirmed ' +
  'the a of and to in on for with by at from that this was were said has have will would after before'
).split(' ');
/** The people the synthetic articles (and the search bench's queries) name. */
export const NAMES = [
  'Mara Quist',
  'Olek Varga',
  'Ines Dahl',
  'Tomas Brell',
  'Yara Senn',
  'Piet Anker',
  'Lio Marsh',
];

/** The bench's seeded generator (mulberry32), the same one the unit fixtures use. */
export { rng };

function sentence(next: () => number, length: number): string {
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
  if (next() < 0.3) words.splice(1, 0, NAMES[Math.floor(next() * NAMES.length)] ?? '');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One plain-text article of about `words` words: headline, blank line, paragraphs. */
export function syntheticArticle(seed: number, words = 700): string {
  const next = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
      sentence(next, 8 + Math.floor(next() * 14)),
    );
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  return `Article ${seed}: ${sentence(next, 6).replace(/\.$/, '')}\n\n${paragraphs.join('\n\n')}\n`;
}
