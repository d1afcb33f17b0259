// "All rights reserved" in the languages we read; Hebrew attaches "to" (ל) to the owner's name.
const RIGHTS =
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|(?:усі|всі) права захищені|wszelkie prawa zastrzeżone|tüm hakları saklıdır|جميع الحقوق محفوظة|כל הזכויות שמורות\s?ל?|版权所有|版權所有|無断転載[^\s.]{0,20}|未经授权禁止转载|저작권자/giu;
const HAS_RIGHTS = new RegExp(RIGHTS.source, 'iu');
const YEARS = /(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?/gu;
const MARK = /copyright\s?(?:©|\(c\))?|©|\(c\)/iu;
const LEGAL_FORM =
  /[,\s]+(inc|ltd|llc|l\.l\.c|co|corp|gmbh|ag|sa|s\.a|plc|pty|limited|publishing( co)?|company)\.?$/iu;
/** Longest masthead name we accept. */
const MAX_NAME = 60;

/** The owner named after the copyright mark, in any language and script. */
function ownerIn(line: string): string | null {
  const mark = MARK.exec(line);
  if (!mark) return null;
  const rest = line
    .slice(mark.index + mark[0].length, mark.index + mark[0].length + 200)
    .replace(RIGHTS, '|')
    .replace(YEARS, ' ');
  for (const piece of rest.split(/[|.,;–—•·]|\s-\s/u)) {
    const name = piece.replace(/\s+/gu, ' ').trim().replace(LEGAL_FORM, '');
    if (name && /\p{L}/u.test(name)) return name.length <= MAX_NAME ? name : null;
  }
  return null;
}

/** The publisher named in a "© 2025 The Harbor Gazette. All rights reserved." footer line. */
export function siteFromCopyright(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    // A bare "© Name" is usually a photo credit; a masthead line carries a year or a rights phrase.
    if (!/(?:19|20)\d{2}/u.test(line) && !HAS_RIGHTS.test(line)) continue;
    const name = ownerIn(line);
    if (name && !/^(all rights|photo|image|foto)/iu.test(name)) return name;
  }
  return null;
}
