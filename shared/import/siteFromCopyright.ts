const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([\p{Lu}][^.|©]{1,58}?)\s*(?:\.|\||,|all rights reserved|alle rechte|tous droits|$)/iu;

/** The publisher named in a "© 2025 The Harbor Gazette. All rights reserved." footer line. */
export function siteFromCopyright(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    // A bare "© Name" is usually a photo credit; a masthead line carries a year or a rights phrase.
    if (!/\b(19|20)\d{2}\b|all rights|alle rechte|tous droits|todos los derechos/iu.test(line)) continue;
    const m = COPYRIGHT.exec(line);
    // Legal forms are the company, not the masthead.
    const name = m?.[1]
      ?.trim()
      .replace(/\s*\d{4}(\s*[-–]\s*\d{4})?$/u, '')
      .replace(
        /[,\s]+(inc|ltd|llc|l\.l\.c|co|corp|gmbh|ag|sa|s\.a|plc|pty|limited|publishing( co)?|company)\.?$/iu,
        '',
      );
    if (name && !/^(all rights|photo|image)/i.test(name)) return name;
  }
  return null;
}
