import { kindCode, kindOf, type DocMeta, type Pause } from '../../shared/search';

/**
 * The document table of a segment header, column by column: flat arrays of strings and numbers
 * parse three times faster than one small array per document, and the filter values, which
 * repeat (a source's highlights share its site and date), are stored once each.
 *
 * `sources` and `filters` index into `strings` and `filterSet`; -1 means none.
 */
interface DocColumns {
  ids: string[];
  kinds: number[];
  titles: string[];
  stamps: Array<string | null>;
  strings: string[];
  sources: number[];
  filterSet: Array<DocMeta['filters']>;
  filters: number[];
}

/** The segment was written by another format, or its bytes do not check out. */
export class SegmentError extends Error {}

const ROWS_PER_PAUSE = 2000;

/** `[a,b,…]` built a slice at a time, pausing between slices. */
async function jsonArray(values: readonly unknown[], pause: Pause): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; at < values.length; at += ROWS_PER_PAUSE) {
    parts.push(JSON.stringify(values.slice(at, at + ROWS_PER_PAUSE)).slice(1, -1));
    await pause();
  }
  return `[${parts.join(',')}]`;
}

function interner<T>(key: (value: T) => string): { list: T[]; indexOf: (value: T) => number } {
  const seen = new Map<string, number>();
  const list: T[] = [];
  return {
    list,
    indexOf(value) {
      const k = key(value);
      let i = seen.get(k);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        seen.set(k, i);
      }
      return i;
    },
  };
}

/** The JSON text of the document table (see DocColumns), pausing now and then. */
export async function encodeDocTable(
  docs: readonly DocMeta[],
  pause: Pause = () => undefined,
): Promise<string> {
  const strings = interner<string>((s) => s);
  const filterSet = interner<DocMeta['filters']>((f) => JSON.stringify(f));
  const sources: number[] = [];
  const filters: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    const meta = docs[d] as DocMeta;
    sources.push(meta.sourceId === undefined ? -1 : strings.indexOf(meta.sourceId));
    filters.push(filterSet.indexOf(meta.filters));
    if (d % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause();
  }
  const columns: Array<[keyof DocColumns, readonly unknown[]]> = [
    ['ids', docs.map((m) => m.id)],
    ['kinds', docs.map((m) => kindCode(m.kind))],
    ['titles', docs.map((m) => m.title)],
    ['stamps', docs.map((m) => m.stamp ?? null)],
    ['strings', strings.list],
    ['sources', sources],
    ['filterSet', filterSet.list],
    ['filters', filters],
  ];
  const parts: string[] = [];
  for (const [name, values] of columns) parts.push(`"${name}":${await jsonArray(values, pause)}`);
  return `{${parts.join(',')}}`;
}

const isArrayOf = (value: unknown, length: number): value is unknown[] =>
  Array.isArray(value) && value.length === length;

function columnsOf(value: unknown): DocColumns {
  const c = value as Partial<DocColumns> | null;
  const n = Array.isArray(c?.ids) ? c.ids.length : -1;
  if (
    !c ||
    n < 0 ||
    !isArrayOf(c.kinds, n) ||
    !isArrayOf(c.titles, n) ||
    !isArrayOf(c.stamps, n) ||
    !isArrayOf(c.sources, n) ||
    !isArrayOf(c.filters, n) ||
    !Array.isArray(c.strings) ||
    !Array.isArray(c.filterSet)
  ) {
    throw new SegmentError('segment document table malformed');
  }
  return c as DocColumns;
}

/**
 * The documents of a table written by `encodeDocTable`. Documents with the same filter values
 * share one frozen filters object (the index replaces filters, never edits them).
 */
export function decodeDocTable(value: unknown): DocMeta[] {
  const c = columnsOf(value);
  const filterSet = c.filterSet.map((f) => {
    if (typeof f !== 'object' || f === null) throw new SegmentError('segment filters malformed');
    for (const v of Object.values(f)) if (Array.isArray(v)) Object.freeze(v);
    return Object.freeze(f);
  });
  const docs = new Array<DocMeta>(c.ids.length);
  for (let d = 0; d < docs.length; d++) {
    const filters = filterSet[c.filters[d] ?? -1];
    const id = c.ids[d];
    const title = c.titles[d];
    if (!filters || typeof id !== 'string' || typeof title !== 'string') {
      throw new SegmentError('segment document table malformed');
    }
    const meta: DocMeta = { id, kind: kindOf(c.kinds[d] ?? -1), title, filters };
    const source = c.sources[d] ?? -1;
    if (source >= 0) meta.sourceId = c.strings[source];
    const stamp = c.stamps[d];
    if (stamp !== null && stamp !== undefined) meta.stamp = stamp;
    docs[d] = meta;
  }
  return docs;
}
