import { describe, expect, it } from 'vitest';
import { classifyChrome, type ChromeCategory } from './classifyChrome';
import { looksLikeMenu } from './looksLikeMenu';

const chrome: Array<[string, ChromeCategory]> = [
  ['Share', 'share'],
  ['Share this article', 'share'],
  ['Facebook Twitter WhatsApp Email', 'share'],
  ['Copy link', 'share'],
  ['Teilen', 'share'],
  ['Leave a Reply', 'comments'],
  ['Your email address will not be published. Required fields are marked *', 'comments'],
  ['12 Comments', 'comments'],
  ['Post Comment', 'comments'],
  ['Name *', 'comments'],
  ['Sign up for our newsletter', 'newsletter'],
  ['Get the best local stories delivered to your inbox every morning.', 'newsletter'],
  ['You are receiving this because you subscribed to The Weekly Post.', 'newsletter'],
  ['Unsubscribe | Update your preferences', 'newsletter'],
  ['Enjoyed this story? Subscribe to the Hill Gazette newsletter for more every Friday.', 'newsletter'],
  ['Donate now', 'donate'],
  ['If you value this reporting, please support our journalism with a donation today.', 'donate'],
  [
    'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.',
    'cookie',
  ],
  ['Accept all', 'cookie'],
  ['We value your privacy', 'cookie'],
  ['Alle akzeptieren', 'cookie'],
  ['Back to top', 'back-to-top'],
  ['Back to top button', 'back-to-top'],
  ['Related Articles', 'related'],
  ['More from Science', 'related'],
  ['You may also like', 'related'],
  ['DON’T MISS…', 'related'],
  ['Mehr zum Thema', 'related'],
  ['READ MORE: Bus fares to rise in autumn', 'related-link'],
  ['Related: Council votes on budget', 'related-link'],
  ['1.2K Views', 'counter'],
  ['25 views', 'counter'],
  ['5 min read', 'counter'],
  ['Reading time: 4 minutes', 'counter'],
  ['Lesezeit: 2 Minuten', 'counter'],
  ['Listen to this article · 5 min', 'counter'],
  ['3 of 12', 'counter'],
  ['#politics #election2025', 'hashtags'],
  ['Tags: ferries, transit', 'tags'],
  ['Advertisement', 'ad'],
  ['Story continues below advertisement', 'ad'],
  ['div-gpt-ad-1524-3', 'ad'],
  ['Anzeige', 'ad'],
  ['Photo: Ana Ruiz/Lakeside Courier', 'image-credit'],
  ['Volunteers on the quay on Friday. (Photo: Ben Aldous/Chronicle)', 'image-credit'],
  ['Crowds gather at the square. Jane Doe/AFP via Getty Images', 'image-credit'],
  ['Image credit: Harbour Arts Trust', 'image-credit'],
  ['Home > World > Europe', 'breadcrumb'],
  ['Startseite > Region > Wirtschaft', 'breadcrumb'],
  ['Follow us on Instagram and Facebook', 'social'],
  ['Stay up to date with our coverage! Visit us often for more by clicking right here.', 'promo'],
  ['Download the Harbor Gazette app today and get breaking news alerts on your phone.', 'promo'],
  ['By signing up you agree to our Terms of Use and Privacy Policy.', 'legal'],
  ['© 2025 Lakeside Courier. All rights reserved.', 'copyright'],
  ['Have a story idea? Get in touch at news@bulletin.example.', 'contact'],
  ['More from Ruth Adebayo', 'related'],
  ['About the author', 'about-author'],
  ['Skip to main content', 'nav'],
  ['Privacy Policy', 'nav'],
  ['Print this page', 'widget'],
  ['Report an error', 'widget'],
  ['14:32', 'widget'],
];

const article = [
  'The council voted 7-2 on Tuesday night to lengthen the ferry terminal by forty metres.',
  '"We are not against ferries," said Maren Osei, who organised a petition. "We are against this design."',
  'Neighbours promise appeal',
  'What happens next?',
  'The newsletter, which has about 3,000 readers, was founded by two retired teachers in 2019.',
  'Residents who want to comment on the plan can write to the planning office until Friday, the city said.',
  '"Support our troops and our town," read one banner, the organisers said.',
  'Up to 8 cubic metres a month: $1.10 per cubic metre, down from $1.45.',
  'PORT ELLIS, Norland, May 14 (Meridian Wire) - The central bank kept its main rate at 4.25%.',
  'Share prices fell sharply on Monday after the bank warned of weaker profits.',
  'Der Stadtrat hat am Mittwoch mit großer Mehrheit ein neues Radwegenetz beschlossen.',
  'The team is also asking visitors to carry a charged phone and to tell someone their route.',
];

describe('classifyChrome', () => {
  it.each(chrome)('cuts %j as %s', (line, category) => {
    expect(classifyChrome(line)).toBe(category);
  });
  it.each(article)('keeps article line %j', (line) => {
    expect(classifyChrome(line)).toBeNull();
  });
});

describe('looksLikeMenu', () => {
  it.each([
    'News',
    'WORLD',
    'Home News Sport Business Culture',
    'LatestWorldTop News',
    'Local | Schools | Crime',
  ])('menu: %j', (line) => {
    expect(looksLikeMenu(line)).toBe(true);
  });
  it.each(['Neighbours promise appeal', 'Climate talks stall in Bonn', 'The council voted on Tuesday.'])(
    'not a menu: %j',
    (line) => {
      expect(looksLikeMenu(line)).toBe(false);
    },
  );
});
