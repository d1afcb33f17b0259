// Words that name a day relative to the day a text was published, in the languages the importer
// reads most (English, German, French, Spanish, Italian, Portuguese, Russian, Ukrainian, Polish).
// Month names are not repeated here: they come from shared/import/monthNames.ts.

/** ISO weekday (1 = Monday … 7 = Sunday) of every spelling, including the case forms used after "on". */
const WEEKDAYS: Array<[number, string]> = [
  [
    1,
    'monday montag lundi lunes lunedì lunedi segunda-feira понедельник понеділок poniedziałek poniedzialek',
  ],
  [2, 'tuesday tue tues dienstag mardi martes martedì martedi terça-feira вторник вівторок wtorek'],
  [
    3,
    'wednesday mittwoch mercredi miércoles miercoles mercoledì mercoledi quarta-feira среда среду середа середу środa środę sroda srode',
  ],
  [4, 'thursday thu thurs donnerstag jeudi jueves giovedì giovedi quinta-feira четверг четвер czwartek'],
  [
    5,
    'friday fri freitag vendredi viernes venerdì venerdi sexta-feira пятница пятницу пʼятниця пʼятницю п’ятниця п’ятницю piątek piatek',
  ],
  [
    6,
    'saturday samstag sonnabend samedi sábado sabato sabado суббота субботу субота суботу sobota sobotę sobote',
  ],
  [7, 'sunday sonntag dimanche domingo domenica воскресенье неділя неділю niedziela niedzielę niedziele'],
];

/** Weekday number of every spelling above (lower case). */
export const weekdayByName: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.flatMap(([day, names]) => names.split(' ').map((name) => [name, day] as const)),
);

/**
 * Days from the publication day for words such as "yesterday" (-1). Words that also mean
 * something else are left out: German "morgen" (morning), Spanish "mañana" (morning).
 */
export const dayOffsetByWord: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['heute', 0],
  ['gestern', -1],
  ['vorgestern', -2],
  ['übermorgen', 2],
  ['aujourd’hui', 0],
  ["aujourd'hui", 0],
  ['demain', 1],
  ['avant-hier', -2],
  ['hoy', 0],
  ['ayer', -1],
  ['anteayer', -2],
  ['oggi', 0],
  ['ieri', -1],
  ['domani', 1],
  ['hoje', 0],
  ['ontem', -1],
  ['amanhã', 1],
  ['сегодня', 0],
  ['вчера', -1],
  ['позавчера', -2],
  ['завтра', 1],
  ['сьогодні', 0],
  ['вчора', -1],
  ['учора', -1],
  ['dzisiaj', 0],
  ['dziś', 0],
  ['wczoraj', -1],
  ['jutro', 1],
]);

/** Words that mean a day only in one language ("hier" is "here" in German): language code → words. */
export const dayWordsOfLanguage: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['fr', new Map([['hier', -1]])],
]);

/**
 * Cyrillic weekday forms also name other things ("среда" is also "environment"), so they count
 * only after the preposition that makes them a day ("в среду", "у середу", "во вторник").
 */
export const CYRILLIC_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'у', 'ув']);

/** Short words that may stand between a day and its month or year ("14 de marzo de 2026"). */
export const DATE_FILLERS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'the', 'di', 'do', 'da']);
