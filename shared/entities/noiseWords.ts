// Words that look like names when capitalised but never are one: months, weekdays, function
// words, page furniture and everyday abbreviations.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Full month and weekday names; they start many capitalised runs but are never entities. */
export const CALENDAR_WORDS = words(`
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Capitalised words that are never worth suggesting on their own. */
export const GENERIC_WORDS = words(`
  government parliament state republic kingdom federal national international official officials cabinet
  city north south east west northern southern eastern western central new old great greater upper lower
  breaking live update updates news home world business sport sports opinion analysis video photo photos
  advertisement related comments share subscribe login menu search tags topics read more latest top local
  politics health tech technology markets deals courts regulation election results god internet web
  christmas easter ramadan covid coronavirus spring summer autumn winter staff desk copyright terms
  privacy policy cookies contact follow sign email print next previous games
`);

/** All-caps abbreviations that are not entities. */
export const COMMON_ACRONYMS = words(`
  ceo cfo coo cto gdp tv pm am gp mp mep pdt pst est edt gmt utc bst cet cest ai id it hr pr dna hiv aids mmr
  hpv pcr icu ivf lgbt lgbtq vat faq pdf usb sms gps ok ufo iq ipo esg ev evs api url co2 nb ps rss diy
  ok vip rsvp asap fyi
`);

/** Words that are never names even when capitalised at the start of a sentence. */
export const FUNCTION_WORDS = words(`
  the a an of to in on at by for from with as and but or nor so yet if when while after before since until
  unless because although though whether where why how what who whom whose which that this these those there
  here it its he she they we you i his her their our my your him them us me not no yes only even just also
  still then now however meanwhile instead moreover furthermore nevertheless nonetheless indeed overall
  separately elsewhere together similarly likewise some many most several both each every any all none
  nobody everyone everybody another other such one two three four five six seven eight nine ten first
  last next earlier later today yesterday tomorrow tonight despite during under over above below among amid
  against without within across through toward towards beyond about around near outside inside like unlike
  according following asked speaking more less much few back again once is was were are be been has have had
  do does did will would could should can may might must shall let please thank thanks dear
`);

/** compromise tags that mark a word as a function word rather than a name. */
export const FUNCTION_TAGS = words(
  'Determiner Preposition Conjunction Pronoun Adverb QuestionWord Modal Copula Negative Condition',
);

/** compromise tags that mark a word as a known name of some kind. */
export const NAME_TAGS = words(
  'FirstName MaleName FemaleName LastName Person Place City Country Region Organization Company School SportsTeam ProperNoun',
);
