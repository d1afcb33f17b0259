import { rng } from '../../testing/rng';

// A narrow newsroom vocabulary, so fillers share many words with each other and with the
// fixtures (the hard case for a bag-of-words measure) while their word order is unrelated.
const WORDS = (
  'council harbour budget mayor report town vote repairs wall ministry regional fishermen quay storm ' +
  'insurance opposition cost million crowns project hall road police court witness election office ' +
  'the a of and to in on for with by at from that this was were said has have will would after before'
).split(' ');

/** An invented article of about `words` words, the same for the same seed. */
export function fillerArticle(seed: number, words = 300): string {
  const next = rng(seed);
  const sentences: string[] = [];
  for (let count = 0; count < words;) {
    const length = 8 + Math.floor(next() * 12);
    const sentence = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the').join(
      ' ',
    );
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    count += length;
  }
  return sentences.join(' ');
}
