import type { Element } from '../../dom/domTypes';

/** Every <meta> content keyed by its property/name/itemprop (lower-cased), first value first. */
export function metaTags(metas: readonly Element[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of metas) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv')
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const list = map.get(key);
    if (list) list.push(content);
    else map.set(key, [content]);
  }
  return map;
}

/** The first value among several meta keys, with the key it came from. */
export function firstMeta(map: Map<string, string[]>, keys: readonly string[]): [string, string] | null {
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return [value, key];
  }
  return null;
}
