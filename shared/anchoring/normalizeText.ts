import { INVISIBLE_CODES } from '../text/invisible';

/**
 * Text as the fuzzy matcher sees it: every run of white space becomes one space, typographic
 * quotes and dashes become their plain forms, invisible format characters vanish and letters
 * are lower-cased. Each kept code unit maps one-to-one to a code unit of the original, so
 * offsets found in the normalised text map back to exact UTF-16 offsets.
 */
export interface NormalizedText {
  readonly text: string;
  /** Original offset of each normalised code unit. */
  readonly toRaw: Int32Array;
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x0060, 0x00b4]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

/** Lower-case form per code unit, filled lazily; 0 means "not computed yet". */
const lowerTable = new Uint16Array(65536);

function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** The code unit the matcher compares, or -1 for units it skips (white space is handled by the caller). */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (INVISIBLE_CODES.has(code)) return -1;
  if (SINGLE_QUOTES.has(code)) return 0x27;
  if (DOUBLE_QUOTES.has(code)) return 0x22;
  if (DASHES.has(code)) return 0x2d;
  if (code >= 0xd800 && code <= 0xdfff) return code;
  let lower = lowerTable[code] ?? 0;
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    // Some letters lower-case to two units; keep them as they are so offsets stay one-to-one.
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerTable[code] = lower;
  }
  return lower;
}

/** Normalises a text and remembers where each kept unit came from. */
export function normalizeText(raw: string): NormalizedText {
  const toRaw = new Int32Array(raw.length);
  const units = new Uint16Array(raw.length);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let unit: number;
    if (isSpace(code)) {
      if (lastWasSpace) continue;
      unit = 0x20;
      lastWasSpace = true;
    } else {
      unit = foldUnit(code);
      if (unit < 0) continue;
      lastWasSpace = false;
    }
    toRaw[n] = i;
    units[n++] = unit;
  }
  let text = '';
  // In chunks: String.fromCharCode takes its units as arguments, and argument counts are limited.
  for (let i = 0; i < n; i += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return { text, toRaw: toRaw.subarray(0, n) };
}

/** Normalised form of a short string, without the offset map. */
export function normalizeSnippet(raw: string): string {
  return normalizeText(raw).text;
}

let cached: { raw: string; normalized: NormalizedText } | undefined;

/** normalizeText with a one-entry cache: anchoring many highlights re-uses one source text. */
export function normalizeTextCached(raw: string): NormalizedText {
  if (cached?.raw !== raw) cached = { raw, normalized: normalizeText(raw) };
  return cached.normalized;
}
