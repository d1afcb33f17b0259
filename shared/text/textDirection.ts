// Languages written right to left (ISO 639-1/-3 primary subtags).
const RTL = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** "rtl" for a right-to-left language, "auto" when unknown (the browser decides), else "ltr". */
export function textDirection(language: string | null | undefined): 'rtl' | 'ltr' | 'auto' {
  if (!language) return 'auto';
  return RTL.has(language.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
