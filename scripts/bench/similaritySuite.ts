import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LshIndex } from '../../shared/similarity/lshIndex';
import { signText } from '../../shared/similarity/signText';
import { spinText } from '../../shared/similarity/testing/spinText';
import { rng, syntheticArticle } from './corpus';
import { median, percentile, round, type Figure } from './measure';

const ARTICLES = 10_000;
const PLANTED = 250;
const WORDS = 700;
// The table covers 94% of the corpus's content words (names and numbers are not in it), so
// this rate swaps about 30% of them.
const SPIN_RATE = 0.32;

// Invented synonyms for corpus.ts's content words; a few are two-word phrases, as spinners use.
const SYNONYMS: Record<string, string> = {
  council: 'assembly',
  harbour: 'port',
  budget: 'spending plan',
  minister: 'secretary',
  report: 'study',
  village: 'hamlet',
  river: 'stream',
  contract: 'deal',
  police: 'officers',
  court: 'tribunal',
  witness: 'observer',
  election: 'poll',
  ministry: 'department',
  office: 'bureau',
  road: 'street',
  bridge: 'crossing',
  energy: 'power',
  price: 'cost',
  market: 'exchange',
  strike: 'walkout',
  union: 'guild',
  hospital: 'clinic',
  school: 'academy',
  water: 'drinking water',
  supply: 'provision',
  inquiry: 'probe',
  document: 'paper',
  meeting: 'session',
  agreement: 'accord',
  border: 'frontier',
  army: 'military',
  ceasefire: 'truce',
  talks: 'negotiations',
  envoy: 'emissary',
  plan: 'scheme',
  statement: 'declaration',
  spokesman: 'press officer',
  official: 'functionary',
  region: 'area',
  district: 'borough',
  mayor: 'town leader',
  company: 'firm',
  shares: 'stock',
  investors: 'backers',
  evidence: 'proof',
  claims: 'assertions',
  denied: 'rejected',
  confirmed: 'verified',
  said: 'stated',
};

/** A copy an editor touched: one sentence rewritten, one dropped, a few words fixed, a new headline. */
function lightEdit(text: string, seed: number): string {
  const next = rng(seed);
  const [, ...body] = text.split('\n\n');
  const sentences = body.join('\n\n').split(/(?<=\.) /);
  const at = (): number => 1 + Math.floor(next() * (sentences.length - 2));
  sentences[at()] = 'The statement was corrected later by the office of the mayor.';
  sentences.splice(at(), 1);
  const edited = sentences.join(' ').replace(/\p{L}+/gu, (word) => (next() < 0.01 ? 'updated' : word));
  return `Updated: council story ${seed}\n\n${edited}`;
}

/** A content farm's copy: about 30% of content words swapped for synonyms, a new headline. */
function spun(text: string, seed: number): string {
  const [, ...body] = text.split('\n\n');
  return `Fresh take ${seed}\n\n${spinText(body.join('\n\n'), SYNONYMS, SPIN_RATE, seed).text}`;
}

/** near_dup_check_ms, near_dup_recall, near_dup_false_positives, sign_ms (issue: near-duplicates). */
export async function similaritySuite(workDir: string): Promise<Figure[]> {
  const index = new LshIndex();
  const signTimes: number[] = [];
  const partner = new Map<string, string>();
  const sign = (text: string): Uint32Array => {
    const start = performance.now();
    const signature = signText(text);
    signTimes.push(performance.now() - start);
    return signature;
  };
  const originals = ARTICLES - PLANTED;
  for (let i = 0; i < originals; i++) index.add(`a${i}`, sign(syntheticArticle(i, WORDS)));
  const step = Math.floor(originals / PLANTED);
  for (let p = 0; p < PLANTED; p++) {
    const source = p * step;
    const text = syntheticArticle(source, WORDS);
    const copy = p % 2 === 0 ? lightEdit(text, 50_000 + p) : spun(text, 60_000 + p);
    index.add(`copy${p}`, sign(copy));
    partner.set(`copy${p}`, `a${source}`).set(`a${source}`, `copy${p}`);
  }

  // Every article asks the index for its neighbours (minScore 0 returns every LSH candidate,
  // to see the margin): a planted pair counts when each side finds the other above 0.5, any
  // other pair above 0.5 is a false positive.
  const linked = new Map<string, number>();
  const falsePairs = new Set<string>();
  let minPlanted = 1;
  let maxUnrelated = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const id = i < originals ? `a${i}` : `copy${i - originals}`;
    const signature = index.signatureOf(id);
    if (!signature) continue;
    for (const match of index.query(signature, { excludeId: id, minScore: 0 })) {
      if (partner.get(id) === match.id) {
        minPlanted = Math.min(minPlanted, match.score);
        if (match.score >= 0.5) linked.set(id, match.score);
      } else {
        maxUnrelated = Math.max(maxUnrelated, match.score);
        if (match.score >= 0.5) falsePairs.add([id, match.id].sort().join(' '));
      }
    }
  }
  const bothWays = [...partner.keys()].filter(
    (id) => id.startsWith('copy') && linked.has(id) && linked.has(partner.get(id) ?? ''),
  ).length;

  // Checking one new article: normalise, sign, query and verify against the 10,000.
  const checkTimes: number[] = [];
  for (let k = 0; k < 300; k++) {
    const text =
      k % 3 === 0 ? spun(syntheticArticle(k * 7, WORDS), 70_000 + k) : syntheticArticle(200_000 + k, WORDS);
    const start = performance.now();
    index.query(signText(text));
    checkTimes.push(performance.now() - start);
  }

  const json = JSON.stringify(index);
  await writeFile(join(workDir, 'similarity-index.json'), json);
  return [
    { key: 'near_dup_check_ms', value: round(median(checkTimes)), unit: 'ms', budget: '<= 20' },
    { key: 'near_dup_check_p95_ms', value: round(percentile(checkTimes, 95)), unit: 'ms', budget: '<= 20' },
    {
      key: 'near_dup_recall',
      value: round(bothWays / PLANTED),
      unit: 'ratio',
      budget: `of ${PLANTED} planted pairs, both ways`,
    },
    { key: 'near_dup_false_positives', value: falsePairs.size, unit: 'pairs', budget: `among ${ARTICLES}` },
    { key: 'near_dup_min_planted_score', value: round(minPlanted), unit: 'score', budget: '>= 0.5' },
    { key: 'near_dup_max_unrelated_score', value: round(maxUnrelated), unit: 'score', budget: '< 0.5' },
    { key: 'sign_ms', value: round(median(signTimes)), unit: 'ms', budget: 'per 700-word article' },
    {
      key: 'near_dup_index_mb',
      value: round(json.length / 1e6),
      unit: 'MB',
      budget: `JSON, ${ARTICLES} signatures`,
    },
  ];
}
