// Month names as they appear in bylines and datelines: English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish (nominative and genitive), Russian and Ukrainian
// (nominative and genitive), Turkish, and Arabic (Levantine and Egyptian/Gulf names).
const NAMES: Array<[number, string]> = [
  [
    1,
    'january jan janv janvier januar jänner enero gennaio janeiro januari styczeń stycznia январь января янв січень січня ocak كانون_الثاني يناير',
  ],
  [
    2,
    'february feb febr février fevrier februar febrero febbraio fevereiro februari luty lutego февраль февраля фев лютий лютого şubat شباط فبراير',
  ],
  [
    3,
    'march mar mars märz maerz marzo mär março maart marzec marca март марта березень березня mart آذار مارس',
  ],
  [
    4,
    'april apr avril abril avr aprile kwiecień kwietnia апрель апреля апр квітень квітня nisan نيسان أبريل ابريل',
  ],
  [5, 'may mai mayo maggio maio mei maj maja май мая травень травня mayıs أيار مايو'],
  [6, 'june jun juin juni junio giugno junho czerwiec czerwca июнь июня червень червня haziran حزيران يونيو'],
  [7, 'july jul juil juillet juli julio luglio julho lipiec lipca июль июля липень липня temmuz تموز يوليو'],
  [
    8,
    'august aug août aout agosto augustus sierpień sierpnia август августа авг серпень серпня ağustos آب أغسطس اغسطس',
  ],
  [
    9,
    'september sep sept septembre septiembre settembre setembro wrzesień września сентябрь сентября сен вересень вересня eylül أيلول سبتمبر',
  ],
  [
    10,
    'october oct octobre oktober okt octubre ottobre outubro oktober październik października октябрь октября окт жовтень жовтня ekim تشرين_الأول أكتوبر اكتوبر',
  ],
  [
    11,
    'november nov novembre noviembre novembro listopad listopada ноябрь ноября листопад листопада kasım تشرين_الثاني نوفمبر',
  ],
  [
    12,
    'december dec déc decembre décembre dezember dez diciembre dic dicembre dezembro grudzień grudnia декабрь декабря дек грудень грудня aralık كانون_الأول ديسمبر',
  ],
];

/** Month number (1-12) for every spelling above. */
export const monthByName: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([month, names]) =>
    names.split(' ').map((name) => [name.replace(/_/g, ' '), month] as const),
  ),
);

/** Regex alternation of every month name, longest first so "june" wins over "jun". */
export const MONTH_PATTERN = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');
