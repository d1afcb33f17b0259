// Invented articles for tests (written for this repository; no third-party text). BASE and
// SAME_EVENT report the same fictional meeting independently, the hardest negative case:
// same names, same numbers, same topic words, different prose.

export const BASE = `Harbour council approves emergency budget after long night of debate

The harbour council in Kelstow approved an emergency budget on Tuesday night after a meeting that lasted more than six hours, ending a dispute that had frozen repairs to the old sea wall since spring.

Mayor Ines Dahl told reporters the vote was "the only responsible choice" for a town whose fishing fleet depends on the wall. The budget moves 4.2 million crowns from road maintenance to the harbour, and it delays the new sports hall by at least two years.

Opposition members argued that the mayor had hidden the true cost of the repairs. Councillor Piet Anker said an engineering report from March put the figure closer to seven million, and he asked why that document had not been shared with the public. The mayor denied the claim and said the March report described a different, larger project.

Fishermen who waited outside the town hall welcomed the decision. Several of them said storms in February had damaged boats tied up along the eastern quay, and that insurers now refused to cover vessels moored there.

The regional government must still confirm the transfer of funds. A spokesman for the ministry said the request would be reviewed within a month, but he declined to say whether the larger estimate would be examined.

Work on the wall could begin in early summer if the ministry agrees. Until then, the harbour master has closed the eastern quay to all boats longer than twelve metres.
`;

/** One sentence rewritten, one added, one word corrected: what an editor does to a wire copy. */
export const LIGHT_EDIT = BASE.replace(
  'Fishermen who waited outside the town hall welcomed the decision.',
  'Dozens of fishermen, who had waited outside the town hall in the rain, welcomed the decision.',
)
  .replace('at least two years', 'at least three years')
  .replace('declined to say', 'declined to say on Wednesday');

/** The same meeting as BASE, reported by someone else in their own words. */
export const SAME_EVENT = `Kelstow votes to fix sea wall, sports hall pushed back

Kelstow's councillors voted late on Tuesday to shift 4.2 million crowns into harbour repairs, after a session in the town hall that ran past midnight.

The money comes out of the roads budget. Residents hoping for the promised sports hall will now wait until at least 2028, officials confirmed.

Mayor Ines Dahl defended the plan as unavoidable. "Without the wall there is no fleet, and without the fleet there is no Kelstow," she said after the vote.

Piet Anker, who leads the opposition group, accused her of playing down the bill. He pointed to an engineers' assessment, dated March, which he says estimates nearly seven million crowns in total, and demanded its publication. Dahl's office replied that the assessment covers a wider scheme that the council never adopted.

Insurance is a pressing worry on the waterfront. Boat owners say cover has been withdrawn for the eastern quay since the February storms, which left hulls cracked and moorings torn loose.

The transfer still needs approval from the regional ministry, which expects to decide within four weeks. Repairs could start by June. Meanwhile larger vessels are barred from the eastern quay on the harbour master's orders.
`;

/** Synonyms a content farm's spinner might use for BASE's content words (invented table). */
export const SYNONYMS: Readonly<Record<string, string>> = {
  harbour: 'port',
  council: 'assembly',
  approves: 'backs',
  approved: 'endorsed',
  emergency: 'urgent',
  budget: 'spending plan',
  long: 'lengthy',
  night: 'evening',
  debate: 'argument',
  meeting: 'session',
  lasted: 'went on',
  ending: 'closing',
  dispute: 'quarrel',
  frozen: 'halted',
  repairs: 'fixes',
  old: 'aging',
  sea: 'ocean',
  wall: 'barrier',
  spring: 'springtime',
  told: 'informed',
  reporters: 'journalists',
  vote: 'ballot',
  responsible: 'sensible',
  choice: 'option',
  town: 'city',
  fishing: 'trawling',
  fleet: 'flotilla',
  depends: 'relies',
  moves: 'shifts',
  road: 'street',
  maintenance: 'upkeep',
  delays: 'postpones',
  new: 'fresh',
  sports: 'athletics',
  hall: 'venue',
  years: 'seasons',
  opposition: 'rival',
  members: 'representatives',
  argued: 'contended',
  hidden: 'concealed',
  true: 'real',
  cost: 'price',
  said: 'stated',
  engineering: 'technical',
  report: 'study',
  figure: 'number',
  closer: 'nearer',
  asked: 'queried',
  document: 'paper',
  shared: 'circulated',
  public: 'citizens',
  denied: 'rejected',
  claim: 'allegation',
  described: 'outlined',
  different: 'separate',
  larger: 'bigger',
  project: 'scheme',
  fishermen: 'anglers',
  waited: 'lingered',
  outside: 'beyond',
  welcomed: 'praised',
  decision: 'ruling',
  storms: 'gales',
  damaged: 'harmed',
  boats: 'vessels',
  tied: 'fastened',
  eastern: 'east',
  quay: 'pier',
  insurers: 'underwriters',
  refused: 'declined',
  cover: 'insure',
  moored: 'docked',
  regional: 'provincial',
  government: 'administration',
  confirm: 'verify',
  transfer: 'shift',
  funds: 'money',
  spokesman: 'press officer',
  ministry: 'department',
  request: 'application',
  reviewed: 'assessed',
  month: 'few weeks',
  estimate: 'projection',
  examined: 'scrutinised',
  work: 'labour',
  begin: 'start',
  early: 'initial',
  summer: 'summertime',
  agrees: 'consents',
  closed: 'shut',
  longer: 'lengthier',
};
