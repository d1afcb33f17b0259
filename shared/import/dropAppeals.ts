import { appealSignals } from './appealSignals';
import { endsLikeSentence, wordsOf } from './lineShape';

/** One block as the appeal finder sees it. */
export interface AppealItem {
  text: string;
  /** Already cut as furniture (share row, newsletter line, meta line…). */
  cut: boolean;
  /** Cut as a promotion box (newsletter, donation, cookie, follow-us…): evidence of a box here. */
  promo: boolean;
  /** A list item: lists of short entries are content (ingredients, prices), not buttons. */
  listItem?: boolean;
}

/** A button, amount or box heading: a few words, no sentence. */
const SHORT_WORDS = 8;
/** Longest paragraph an appeal box holds: pitches are brief, blog paragraphs are not. */
const PITCH_WORDS = 45;
/** A box may not be most of the text: a column written to "you" stays. */
const MAX_SHARE = 0.5;

/** Sentences of at most this many words may close a box that ends the text. */
const TAIL_WORDS = 20;

interface Shape {
  seed: boolean;
  /** Evidence enough on its own that a run is a box. */
  anchor: boolean;
  /** A seed by its own words (not only because a rule cut it as a promotion line). */
  strong: boolean;
  weak: boolean;
  reader: boolean;
  we: boolean;
  link: boolean;
  money: boolean;
  short: boolean;
  /** Weak, or no sentence at all (a related headline): may follow the box that closes a text. */
  tail: boolean;
  /** No sentence end: a box title, a button or a row of amounts, in any script. */
  label: boolean;
  words: number;
}

function shapeOf(item: AppealItem, outlet: string | null): Shape {
  const words = wordsOf(item.text);
  const s = appealSignals(item.text, words, outlet);
  const short = words.length <= SHORT_WORDS && !item.listItem;
  const speaking = !s.quoted;
  const addressing = speaking && (s.reader || s.we);
  // Anchors prove a box: asking for money while addressing the reader, naming the outlet to
  // the reader, or a line the promotion rules already recognised.
  const anchor = item.promo || (addressing && (s.money || s.outlet));
  const strong = anchor || (speaking && s.reader && s.we && words.length <= PITCH_WORDS) || (s.we && s.link);
  const weak = strong || item.cut || short || (speaking && (s.reader || s.we || s.money || s.link));
  const label = !endsLikeSentence(item.text);
  const tail = weak || label;
  return {
    ...{
      seed: strong,
      anchor,
      strong: strong && !item.promo,
      weak,
      tail,
      label,
      short,
      money: speaking && s.money,
    },
    ...{ reader: speaking && s.reader, we: speaking && s.we, link: s.link, words: words.length },
  };
}

/**
 * Finds donation, membership and newsletter boxes by their shape rather than their wording: a
 * run of blocks where the publisher talks to the reader ("you" and "we" or the outlet's name),
 * asks for money or offers buttons, holding at least one clear appeal. Story paragraphs that
 * report in the third person break a run. Returns, per block, whether it belongs to such a box.
 */
export function findAppeals(
  items: readonly AppealItem[],
  outlet: string | null,
  /** Only runs with an anchor (money asked of the reader, the outlet named, a promotion line). */
  anchoredOnly = false,
): boolean[] {
  const shapes = items.map((item) => shapeOf(item, outlet));
  const total = shapes.reduce((n, s, i) => n + (items[i]!.cut ? 0 : s.words), 0);
  const inBox = items.map(() => false);
  // weakToEnd[k]: no story sentence from k on, i.e. a box there closes the text.
  const weakToEnd = new Array<boolean>(shapes.length + 1).fill(true);
  for (let k = shapes.length - 1; k >= 0; k -= 1) weakToEnd[k] = shapes[k]!.tail && weakToEnd[k + 1]!;
  for (let i = 0; i < items.length;) {
    if (!shapes[i]!.weak) {
      i += 1;
      continue;
    }
    const j = runEnd(shapes, weakToEnd, i);
    const run = shapes.slice(i, j);
    const seeds = run.filter((s) => s.seed).length;
    const words = run.reduce((n, s, k) => n + (items[i + k]!.cut ? 0 : s.words), 0);
    // "Follow our channel" beside its address is a promotion too.
    const channel =
      run.length >= 2 &&
      run.some((s) => s.we) &&
      run.some((s) => s.link) &&
      (!anchoredOnly || boxShaped(run));
    // Amount buttons ("5 €", "50 ₴") beside a line spoken to the reader: a payment form.
    const amounts = run.length >= 3 && run.some((s) => s.short && s.money) && run.some((s) => s.reader);
    // Inside a reader view's choice a box must also look like one: a button or heading and a few
    // brief pitches. Story paragraphs that talk money to "you" (advice, prices) stay.
    const placed = !anchoredOnly || readerBox(run, items.slice(i, j));
    const convincing =
      run.length >= 2 &&
      placed &&
      (channel || amounts || run.some((s) => s.anchor) || (!anchoredOnly && seeds >= 2 && boxShaped(run)));
    if (convincing && words <= total * MAX_SHARE) {
      for (let k = i; k < j; k += 1) inBox[k] = true;
    }
    i = j;
  }
  return inBox;
}

/**
 * Where a run of weak blocks starting at `i` ends. One plain paragraph is bridged when the run
 * already spoke to the reader and a clear appeal follows within two blocks: boxes mix an
 * impersonal sentence ("This reporting was possible because…") into their pitch.
 */
function runEnd(shapes: readonly Shape[], weakToEnd: readonly boolean[], i: number): number {
  let j = i;
  let spoke = false;
  while (j < shapes.length) {
    const s = shapes[j]!;
    if (s.weak) {
      spoke ||= s.reader;
      j += 1;
      continue;
    }
    const next = shapes[j + 1];
    const proof = (t: Shape | undefined) => t !== undefined && (t.seed || t.money);
    const seedAhead = proof(next) || (next?.weak === true && proof(shapes[j + 2]));
    const closing = j > i && next?.strong === true && weakToEnd[j + 1]!;
    // A box that closes the text takes its short asides with it ("Not now? Share this story").
    const aside = spoke && s.words <= TAIL_WORDS && weakToEnd[j + 1]!;
    if (!((spoke && seedAhead) || closing || aside)) break;
    j += 1;
  }
  return j;
}

/**
 * A box inside a reader view's choice: a button, heading or amount row (in any script: a line
 * without a sentence end) and at most a few brief pitches besides the lines already cut.
 */
function readerBox(run: readonly Shape[], items: readonly AppealItem[]): boolean {
  const pitches = run.filter((_, k) => !items[k]!.cut);
  // When the only evidence of a box is a promotion line already cut, a longer line beside it that
  // neither speaks to the reader nor asks money is the story's ("our correspondent", a quoted post);
  // a brief one ("Read all our articles") is the box's pitch.
  const ownEvidence = run.some((s, k) => !items[k]!.cut && (s.seed || s.money));
  const pitching = (s: Shape) => s.words <= TAIL_WORDS || s.reader || s.money;
  return (
    pitches.length <= 6 &&
    (ownEvidence || pitches.every(pitching)) &&
    run.some((s) => s.short || s.label) &&
    pitches.every((s) => s.short || s.words <= PITCH_WORDS)
  );
}

/**
 * Shaped like a box rather than a story that talks to its reader: a few brief pitches with at
 * least one button or heading among them.
 */
function boxShaped(run: readonly Shape[]): boolean {
  return run.length <= 6 && run.some((s) => s.short) && run.every((s) => s.short || s.words <= PITCH_WORDS);
}
