// Cue words for offline entity suggestions. General English news vocabulary only: no lists of
// particular people, companies or places (those come from capitalisation, context and compromise).
// Everything is lower case; abbreviations are stored without their trailing dot.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles that, written before a name (capitalised or not), mark a person and are stripped from it. */
export const TITLE_WORDS = words(`
  president president-elect premier chancellor minister secretary secretary-general governor mayor senator
  congressman congresswoman representative councillor councilor alderman sheriff judge justice magistrate
  prosecutor commissioner ambassador envoy consul spokesman spokeswoman spokesperson adviser advisor aide
  negotiator chairman chairwoman chairperson captain sergeant lieutenant colonel general brigadier major
  commander admiral corporal marshal professor king queen prince princess pope cardinal bishop archbishop
  reverend rabbi imam sheikh emir sultan headteacher headmaster headmistress detective inspector constable
  superintendent chief director speaker coach mp mep
  gen lt col brig sgt capt maj cmdr adm cpl pte gov sen rep det insp supt
`);

/** Honorifics: a person cue so strong that the following capitalised word is a surname. */
export const HONORIFICS = words('mr mrs ms miss mx dr prof sir dame lord lady rev fr');

/** Words that sharpen a title just after them ("Foreign Minister", "Fire Chief", "Deputy Mayor"). */
export const TITLE_MODIFIERS = words(`
  deputy vice foreign defence defense finance interior health prime first chief senior former acting interim
  assistant associate executive managing special fire police district regional attorney presiding lead top
  opposition shadow junior economy trade justice education culture environment energy transport
  agriculture general principal
`);

/** Lower-case role nouns just before a name or in an apposition ("lawyer X", "X, a spokeswoman"). */
export const PERSON_ROLES = words(`
  official lawyer barrister solicitor counsel attorney analyst researcher economist scientist epidemiologist
  meteorologist doctor nurse medic surgeon physician editor correspondent reporter columnist writer journalist
  historian activist campaigner executive ceo cfo owner founder co-founder partner resident worker teacher
  student lecturer expert soldier pilot volunteer farmer veteran strategist pollster consultant engineer
  investor banker trader player striker midfielder defender goalkeeper rower canoeist athlete runner cyclist
  champion referee umpire singer actor actress author poet artist musician architect priest pastor cleric
  candidate challenger incumbent deputy organiser organizer coordinator manager treasurer ombudsman
  diplomat nationalist centrist politician lawmaker legislator mother father wife husband son daughter widow
  brother sister grandmother grandfather man woman boy girl teenager pensioner retiree parent member fan
  voter survivor victim witness defendant suspect plaintiff accused head leader chair founder protester
  year-old psychologist specialist professor economist scholar friend colleague neighbour neighbor cousin
  uncle aunt nephew niece
`);

/** Lower-case nouns that describe an organisation ("the charity X", "X, a Kyiv-based firm"). */
export const ORG_DESCRIPTORS = words(`
  company firm group maker manufacturer producer supplier operator provider retailer bank lender insurer
  airline carrier broadcaster channel network newspaper outlet publisher website platform app startup
  start-up conglomerate giant utility charity foundation organisation organization association union party
  movement alliance coalition federation agency regulator watchdog authority body council committee
  commission ministry department court tribunal institute university college school hospital clinic
  think-tank club team league brand chain fund consultancy contractor subsidiary affiliate division bloc
  faction militia brigade battalion regiment army police chain broadcaster daily weekly magazine insurer
  shipper freight
`);

/** Lower-case nouns for places ("the town of X", "the river X", "X region", "the capital, X"). */
export const PLACE_NOUNS = words(`
  city town village hamlet suburb district neighbourhood neighborhood borough county province region oblast
  state country nation republic capital island river lake port valley area municipality prefecture territory
  settlement station airport street road square bridge border enclave ward canton commune kingdom
  archipelago peninsula coast stream canal mine cities towns villages districts provinces regions countries
  states islands
`);

/** Final words that make a capitalised run an organisation ("... Agency", "... Ltd"). */
export const ORG_HEADS = words(`
  ministry department council agency committee commission party bank inc ltd llc plc corp corporation
  company co group holdings university college institute school academy court tribunal authority board
  bureau office service services association federation union alliance league foundation fund trust
  society organisation organization forum network movement front coalition assembly parliament senate
  congress army navy police brigade battalion regiment force forces guard hospital clinic centre center
  partners capital securities media news times post radio television tv press airlines airways energy power
  systems technologies labs pharmaceuticals industries motors watch kids fonder administration directorate
  observatory museum library gallery orchestra club team church mission exchange
`);

/** Buildings and places that stand for an institution in news English ("the Kremlin said"). */
export const INSTITUTION_METONYMS = words(`
  kremlin pentagon whitehall élysée elysee vatican bundestag knesset duma politburo
`);

/** Company-form suffixes, matched case-sensitively as written ("AB", "SA", "GmbH"). */
export const LEGAL_SUFFIXES = new Set([
  'Inc',
  'Ltd',
  'LLC',
  'PLC',
  'plc',
  'Corp',
  'AB',
  'SA',
  'AG',
  'GmbH',
  'NV',
  'BV',
  'SpA',
  'Oy',
  'ASA',
  'SE',
  'Co',
  'LLP',
  'KG',
]);

/** Final words of events, laws and documents, which are entities of type "other". */
export const OTHER_HEADS = words(`
  fire wildfire blaze storm hurricane typhoon cyclone earthquake flood war games olympics cup championship
  championships summit festival awards prize act law treaty accord accords agreement convention charter
  regulation directive bill protocol declaration plan strategy programme program initiative report index
`);

/** Final words that make a capitalised run a place ("... Street", "... River", "... Oblast"). */
export const PLACE_HEADS = words(`
  street road avenue boulevard square quay bridge river lake creek ridge mesa falls crossing county province
  region oblast district valley vale island islands bay mountain mountains hills heights park forest coast
  sea ocean gulf strait peninsula canyon desert plains route highway motorway lane embankment harbour harbor
  beach cape springs junction wharf delta flats basin wetlands marshes
`);

/** First words that make a capitalised run a place ("Lake X", "Mount X", "St X"). */
export const PLACE_LEADS = words('lake mount mt fort port cape saint st san santa sankt isla villa');

/** Words after which an organisation name means "part of the public administration of X". */
export const INSTITUTION_WORDS = words(`
  council city county district regional region community hospital university college school high primary
  secondary court police fire authority health agency transport museum library airport station port central
  national state municipal metropolitan general royal public prosecution service department board government
  assembly parliament chamber tribunal sheriff office emergency water commission committee ministry
`);

/** Particles that belong to a surname ("van der Berg", "de Vries"). */
export const NAME_PARTICLES = words(
  'van von der den de des da di del du la le al bin ter ten do dos das para et y und für',
);

/** Prepositions before a name, with how strongly each suggests a place. */
export const PLACE_PREPOSITIONS: ReadonlyMap<string, number> = new Map([
  ['in', 1.5],
  ['near', 2],
  ['outside', 1.5],
  ['across', 1.5],
  ['around', 1],
  ['into', 1.5],
  ['toward', 1.5],
  ['towards', 1.5],
  ['inside', 1],
  ['throughout', 1.5],
  ['from', 0.75],
  ['to', 0.5],
  ['via', 1],
  ['at', 0.3],
]);
