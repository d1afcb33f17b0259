import { spinText } from '../../shared/similarity/testing/spinText';

// A running story written for these tests (no third-party text), with page noise like a saved
// web page: an original report, a synonym-spun copy of it on a content farm, and a third outlet
// that disagrees on the number of points.

export const ORIGINAL = {
  title: 'Fishing states agree a 12-point plan for the northern grounds',
  site: 'Northmarch Ledger',
  publishedAt: '2026-03-17',
  text: `HOME › WORLD › FISHERIES
Fishing states agree a 12-point plan for the northern grounds
4 min read · 212 views
Share this article

Negotiators from the four fishing states met in the port of Varnholm on Monday and agreed a 12-point plan to share the northern grounds, according to a draft seen by this newspaper.

The plan was drawn up over two days of talks behind closed doors. Officials said the points cover quotas for cod and herring, a joint patrol of the disputed waters, and a fund to help small boats replace their old nets.

The chief negotiator for the coastal alliance, Maren Ostby, told reporters after the session that the text was not final but that the main lines would not change. She said the states had given up more than they wanted to, and that the fleets would see the first results within a year.

Fishermen waiting on the quay were less certain. Several of them said they had heard such promises before, and that the patrols had never come when the grounds were closed to their boats last winter.

The plan must still be approved by each of the four parliaments. A vote in the largest of them is expected before the summer, though opposition members have already asked to see the figures on which the quotas are based.

A spokesman for the regional fisheries office said the details would be published once every state had signed the text.

Advertisement
Related: Harbour tolls rise again · Ferry strike ends after three weeks
Comments (14)`,
  passage: 'agreed a 12-point plan to share the northern grounds',
};

/** Words a content farm's spinner swaps (invented for this story). */
const SYNONYMS: Readonly<Record<string, string>> = {
  negotiators: 'mediators',
  met: 'convened',
  port: 'harbour',
  share: 'divide',
  grounds: 'waters',
  draft: 'outline',
  newspaper: 'outlet',
  drawn: 'put',
  talks: 'discussions',
  closed: 'shut',
  officials: 'authorities',
  cover: 'include',
  quotas: 'allowances',
  joint: 'shared',
  patrol: 'watch',
  disputed: 'contested',
  fund: 'pool',
  help: 'assist',
  small: 'little',
  replace: 'swap',
  old: 'ageing',
  chief: 'lead',
  told: 'informed',
  reporters: 'journalists',
  session: 'meeting',
  final: 'finished',
  main: 'principal',
  change: 'shift',
  wanted: 'hoped',
  fleets: 'fishermen',
  results: 'outcomes',
  waiting: 'standing',
  quay: 'dock',
  certain: 'sure',
  heard: 'caught',
  promises: 'pledges',
  approved: 'backed',
  vote: 'ballot',
  expected: 'anticipated',
  summer: 'midyear',
  members: 'figures',
  asked: 'requested',
  based: 'founded',
  spokesman: 'representative',
  published: 'released',
  signed: 'endorsed',
};

export const SPUN = {
  title: 'Fishing nations settle on 12-point scheme for northern waters',
  site: 'DailyNewsHub24',
  publishedAt: '2026-03-18',
  text: spinText(ORIGINAL.text, SYNONYMS, 0.9, 7).text.replace(
    /^HOME › WORLD › FISHERIES\n[^\n]+/,
    'Trending › World\nFishing nations settle on 12-point scheme for northern waters',
  ),
  passage: 'a 12-point plan to divide the northern waters',
};

export const THIRD = {
  title: 'Fishing pact runs to 14 points, coastal states say',
  site: 'Valley Courier',
  publishedAt: '2026-03-19',
  text: `Valley Courier | World
Fishing pact runs to 14 points, coastal states say
By our correspondent

The accord reached in Varnholm on Tuesday has 14 points, not the dozen reported earlier in the week, two officials from the coastal alliance said on Thursday.

One of them said two points on the inspection of landing sites had been added at the last moment, after the smaller states threatened to leave the talks. Neither official would be named because the text has not been released.

Boat owners in the southern harbours said they would judge the pact by the quotas alone. "We have read fourteen points and we still do not know what we may catch," said one skipper.

Subscribe to our newsletter`,
  passage: 'has 14 points, not the dozen reported earlier in the week',
};
