// Month names as they appear in bylines and datelines of English, German, French and Spanish pages.
const NAMES: Array<[number, string]> = [
  [1, 'january jan janv janvier januar jänner enero'],
  [2, 'february feb febr février fevrier februar febrero'],
  [3, 'march mar mars märz maerz marzo mär'],
  [4, 'april apr avril abril avr'],
  [5, 'may mai mayo'],
  [6, 'june jun juin juni junio'],
  [7, 'july jul juil juillet juli julio'],
  [8, 'august aug août aout agosto'],
  [9, 'september sep sept septembre septiembre'],
  [10, 'october oct octobre oktober okt octubre'],
  [11, 'november nov novembre noviembre'],
  [12, 'december dec déc decembre décembre dezember dez diciembre dic'],
];

/** Month number (1-12) for every spelling above. */
export const monthByName: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([month, names]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Regex alternation of every month name, longest first so "june" wins over "jun". */
export const MONTH_PATTERN = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');
