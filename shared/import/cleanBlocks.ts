import { classifyChrome, isPromoBox, isTerminator, type ChromeCategory } from './classifyChrome';
import { capitalRatio, endsLikeSentence, isHeadingLike, isSentenceLike, wordsOf } from './lineShape';
import { looksLikeMenu } from './looksLikeMenu';
import { isUnspacedScript } from '../text/segmentWords';
import { comparable } from './normalizeText';
import { findAppeals } from './dropAppeals';
import { parseDateline } from './parseDateline';
import { readMetaLine, type MetaLine } from './readMetaLine';
import { splitGluedMeta } from './splitGluedMeta';
import { splitTitleSite } from './splitTitleSite';
import { relatedLinkRuns } from './relatedLinks';
import type { ArticleBlock, CandidateBlock, DateFinding } from './types';

export interface CleanOptions {
  title: string | null;
  capturedAt: string;
  /** Plain text needs subheadings recognised; HTML already marks them. */
  mode: 'text' | 'html';
  knownAuthors?: readonly string[];
  /** The outlet's name when known: an appeal names it when it speaks of itself. */
  outlet?: string | null;
  /**
   * The blocks are a reader view's choice of the article (Readability): its bounds are trusted,
   * so only furniture with strong evidence is cut (chrome lines, meta lines, appeals, link runs
   * after the story), not every line outside the first and last prose paragraph.
   */
  reader?: boolean;
}

export interface CleanResult {
  blocks: ArticleBlock[];
  removed: string[];
  authors: string[];
  dates: DateFinding[];
}

type Cut = ChromeCategory | 'meta' | 'title' | 'links';
interface Item {
  block: CandidateBlock;
  cut: Cut | null;
  meta: MetaLine | null;
  sentence: boolean;
  words: number;
}

function sameAsTitle(text: string, title: string | null): boolean {
  if (!title) return false;
  const t = comparable(title);
  return comparable(text) === t || comparable(splitTitleSite(text).title) === t;
}

function annotate(block: CandidateBlock, opts: CleanOptions): Item {
  const words = wordsOf(block.text).length;
  const sentence = isSentenceLike(block.text);
  const item: Item = { block, cut: null, meta: null, sentence, words };
  if (block.furniture) item.cut = block.furniture === 'caption' ? 'image-credit' : 'nav';
  else if (sameAsTitle(block.text, opts.title)) item.cut = 'title';
  else if ((item.meta = readMetaLine(block.text, opts.capturedAt))) item.cut = 'meta';
  else item.cut = classifyChrome(block.text);
  // "14:32", "Yes", "No" alone are a player's or a form's labels, but a data table's values.
  if (item.cut === 'widget' && block.listLike === 'cell') item.cut = null;
  // A reader view has already weighed link density; inside it only runs of linked headlines go.
  const linky = !opts.reader && (block.linkDensity ?? 0) >= 0.6 && !(sentence && words >= 15);
  if (!item.cut && linky) item.cut = 'links';
  return item;
}

/** Longest label (box title, "Related articles", "No comments") a reader view leaves after a story. */
const TAIL_LABEL_WORDS = 6;

/** Most link text a list drawn without list markup may carry and still be content, not a link list. */
const LIST_LINKS = 0.5;

/**
 * A list item, or a line of a list drawn without list markup (a data table's cell, one of several
 * lines split by line breaks: ingredients, specifications, results) that is mostly not links.
 */
const isListLine = (block: CandidateBlock) =>
  block.kind === 'li' || (block.listLike !== undefined && (block.linkDensity ?? 0) < LIST_LINKS);

/** Before the first paragraph of a reader view's choice: headings and lists, a line only if it reads as a standfirst. */
const keptLead = (item: Item) =>
  item.block.kind === 'p' && !isListLine(item.block)
    ? isDek(item.block.text)
    : !looksLikeMenu(item.block.text);

/**
 * After the last paragraph of a reader view's choice: lists (references, ingredients), code and
 * text stay; a short label with no sentence ("Related articles", "Contact") does not.
 */
const keptTail = (item: Item) => isListLine(item.block) || item.sentence || item.words > TAIL_LABEL_WORDS;

/** Below this many words a text is a note or a brief, not a page with furniture around it. */
const TINY_WORDS = 50;

function isShortSentence(item: Item): boolean {
  return !item.cut && item.words >= 2 && endsLikeSentence(item.block.text) && /\p{Ll}/u.test(item.block.text);
}

/** Two more full paragraphs before the next section header: the header sat inside the story. */
function storyGoesOn(items: readonly Item[], at: number): boolean {
  let paragraphs = 0;
  for (let j = at + 1; j < items.length && paragraphs < 2; j += 1) {
    const item = items[j]!;
    if (isTerminator(item.cut === 'meta' ? null : (item.cut as ChromeCategory | null))) return false;
    if (!item.cut && item.sentence && item.words >= 12) paragraphs += 1;
  }
  return paragraphs >= 2;
}

/** A standfirst under the headline: sentence-like wording rather than a label or menu. */
function isDek(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 6 || capitalRatio(text) >= 0.6 || looksLikeMenu(text)) return false;
  // Phrasing rather than a label: a sentence end, a clause break, or several spaced words.
  return (
    endsLikeSentence(text) ||
    /[,，、،]/u.test(text) ||
    (text.trim().split(/\s+/u).length >= 6 && !isUnspacedScript(text))
  );
}

/**
 * Separates article text from page furniture. The body runs from the first to the last
 * prose paragraph; furniture inside it is cut by category, outside it unless it reads as a
 * standfirst. Everything after a "Related"/"Comments" header that follows most of the prose
 * is cut. Bylines and date lines become metadata.
 */
// Long because the documented passes share the block list and the keep/cut marks.
export function cleanBlocks(input: readonly CandidateBlock[], opts: CleanOptions): CleanResult {
  // Pages repeat their furniture (menus, "Reply", "Share"); classify each distinct line once.
  const classified = new Map<string, Item>();
  const items = splitGluedMeta(input, opts.capturedAt).map((block) => {
    const key = `${block.kind}|${block.furniture ?? ''}|${block.linkDensity ?? ''}|${block.text}`;
    const known = classified.get(key);
    if (known) return { ...known, block };
    const item = annotate(block, opts);
    classified.set(key, item);
    return { ...item };
  });
  // In a reader view's choice, a run of linked headlines after the story is other stories.
  if (opts.reader) for (const i of relatedLinkRuns(items)) items[i]!.cut ??= 'related-link';
  const proseWords = (i: Item) => (!i.cut && i.sentence ? i.words : 0);
  const total = items.reduce((n, i) => n + proseWords(i), 0);
  let end = items.length;
  let seen = 0;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    if (
      seen > 0 &&
      seen >= total * 0.5 &&
      isTerminator(item.cut === 'meta' ? null : (item.cut as ChromeCategory | null))
    ) {
      if (item.cut === 'comments' || !storyGoesOn(items, i)) {
        end = i;
        break;
      }
      // An inline "Don't miss" box: its linked headlines go, the story after it stays.
      for (let j = i + 1; j < items.length && !items[j]!.sentence; j += 1) items[j]!.cut ??= 'related-link';
    }
    seen += proseWords(item);
  }
  markAppealBoxes(items, end, opts.outlet ?? null, opts.reader === true);
  let first = -1;
  let last = -1;
  // A short note or paste has no page around it to tell apart: every line that is not furniture
  // counts. (A web page that short is a fragment, and must still show a sentence.)
  const tiny = opts.mode === 'text' && items.reduce((n, i) => n + (i.cut ? 0 : i.words), 0) < TINY_WORDS;
  for (let i = 0; i < end; i += 1) {
    if (proseWords(items[i]!) > 0 || (tiny && !items[i]!.cut && items[i]!.words > 0)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // A reader view's choice with unlinked list lines but not one prose paragraph is a table or list page
  // (results, specifications, a timeline): its whole choice is the body, less its furniture.
  const dataLine = (i: Item) => !i.cut && isListLine(i.block) && (i.block.linkDensity ?? 0) < LIST_LINKS;
  if (first < 0 && opts.reader && items.some(dataLine)) {
    for (let i = 0; i < end; i += 1) {
      if (items[i]!.cut) continue;
      if (first < 0) first = i;
      last = i;
    }
  }
  // A closing line as short as "Shippers object." is still the story's last sentence.
  while (last >= 0 && last + 1 < end && isShortSentence(items[last + 1]!)) last += 1;
  const keep = items.map((item, i) => {
    if (i >= end || item.cut || first < 0) return false;
    if (opts.reader) return i <= last ? i >= first || keptLead(item) : keptTail(item);
    if (i < first)
      return (
        (opts.mode === 'html' && item.block.kind === 'h' && !looksLikeMenu(item.block.text)) ||
        isDek(item.block.text)
      );
    if (i <= last) return true;
    return isListLine(item.block) && isListLine(items[i - 1]!.block);
  });
  for (let i = 0; i + 1 < items.length; i += 1) {
    // A short title above a newsletter/donation box is the box's own heading.
    const next = items[i + 1]!;
    if (
      keep[i] &&
      !items[i]!.sentence &&
      items[i]!.words <= 6 &&
      isPromoBox(next.cut as ChromeCategory | null)
    )
      keep[i] = false;
  }
  for (let i = first + 1; i < last; i += 1) {
    // Three or more menu-like lines in a row inside the body are a navigation strip.
    let j = i;
    while (
      j < last &&
      keep[j] &&
      !isListLine(items[j]!.block) &&
      looksLikeMenu(items[j]!.block.text) &&
      items[j]!.words <= 3
    )
      j += 1;
    if (j - i >= 3) for (let k = i; k < j; k += 1) keep[k] = false;
    i = Math.max(i, j);
  }
  const metaItems = (from: number, to: number) =>
    items.slice(Math.max(0, from), Math.max(0, to)).filter((i) => i.meta);
  const ordered = [
    ...metaItems(0, first < 0 ? end : first),
    ...metaItems(last + 1, end),
    ...metaItems(first, last + 1),
  ];
  const authors = ordered.find((i) => i.meta!.authors.length > 0)?.meta!.authors ?? [];
  const dates: DateFinding[] = ordered.flatMap((i) => i.meta!.dates);
  if (first >= 0) {
    const dateline = parseDateline(items[first]!.block.text, opts.capturedAt);
    if (dateline) dates.push(dateline);
  }
  dropAuthorBio(items, keep, [...authors, ...(opts.knownAuthors ?? [])]);
  const blocks: ArticleBlock[] = [];
  const removed: string[] = [];
  items.forEach((item, i) => {
    if (!keep[i]) {
      removed.push(item.block.text);
      return;
    }
    const { text } = item.block;
    const subheading =
      opts.mode === 'text' &&
      item.block.kind === 'p' &&
      !item.sentence &&
      isHeadingLike(text) &&
      item.words <= 14 &&
      !/:$/.test(text);
    blocks.push({ kind: subheading ? 'h' : item.block.kind, text });
  });
  return { blocks, removed, authors, dates };
}

// "Ana Ruiz is a reporter covering ..." at the foot of a piece describes the writer, not the story.
function dropAuthorBio(items: Item[], keep: boolean[], authors: readonly string[]): void {
  if (authors.length === 0) return;
  const kept = keep.flatMap((k, i) => (k ? [i] : []));
  for (const i of kept.slice(-2)) {
    const text = items[i]!.block.text;
    const bio = authors.some((name) => {
      const at = text.indexOf(name);
      return (
        at >= 0 &&
        at <= 2 &&
        /^\s*(is|was|writes|covers|reports|has (been|covered|written)|,\s*(a|an|the)\b)/u.test(
          text.slice(at + name.length),
        )
      );
    });
    if (bio && items[i]!.words <= 80) keep[i] = false;
  }
}

// Donation, membership and newsletter boxes anywhere in the text are furniture (see findAppeals).
function markAppealBoxes(items: Item[], end: number, outlet: string | null, anchoredOnly: boolean): void {
  const region = items.slice(0, end).map((item) => ({
    text: item.block.text,
    cut: item.cut !== null,
    promo: isPromoBox(item.cut as ChromeCategory | null),
    listItem: item.block.kind === 'li',
  }));
  findAppeals(region, outlet, anchoredOnly).forEach((inBox, i) => {
    if (inBox) items[i]!.cut ??= 'donate';
  });
}
