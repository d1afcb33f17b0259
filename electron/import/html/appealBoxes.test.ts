import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './extractFromHtml';

// Story paragraphs beside page furniture that an appeal-box finder must not take for a box.
// Our own fixtures; each page wraps its story in the usual chrome.
const AT = '2025-06-12T15:00:00Z';
const page = (title: string, inner: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
   <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
   <main><article><h1>${title}</h1>${inner}</article></main>
   <footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;
const LEAD = `<p>The regional court on Tuesday adjourned the hearing in the dispute over the river port until next month, lawyers said.</p>
  <p>Both sides had asked for more time to study a survey of the riverbed that was filed late last week by the port operator.</p>
  <p>The judge said the new date would be final and warned that further requests would not be granted without strong reasons.</p>
  <p>Residents of the two villages downstream have followed the case closely, since the dredging plan would change how the river floods.</p>
  <p>A farmers’ group says the spring floods keep its meadows fertile and fears that a deeper channel would leave them dry for years.</p>
  <p>The operator answers that larger barges are needed to keep the port open and that the channel has silted up since the last works.</p>`;

const cases: { name: string; html: string; kept: string[]; cut?: string[] }[] = [
  {
    // "our" alone is the outlet reporting, not a pitch; the newsletter line after it is the box.
    name: 'a reporting paragraph with "our correspondent" just above a newsletter line',
    html: page(
      'Port hearing adjourned',
      `${LEAD}<p>Court papers seen by our correspondent on Monday show that the operator first applied for the dredging permit in 2019 and was refused twice by the river authority.</p>
       <h3><a href="/newsletter">Click here to subscribe to the Harbour Courier newsletter</a></h3>`,
    ),
    kept: ['seen by our correspondent'],
    cut: ['subscribe to the Harbour Courier'],
  },
  {
    // Turkish "size" (to you) must not make an English measurement speak to the reader.
    name: 'an amount with "size" in the last paragraph, before the copyright line',
    html: page(
      'Port hearing adjourned',
      `${LEAD}<p>The survey says the dredgers would lift 9,000 pounds of silt an hour, enough to fill a truck-size container within minutes.</p>
       <p>Copyright 2025 Harbour Courier. All rights reserved.</p>`,
    ),
    kept: ['truck-size container'],
  },
  {
    // Dutch "u" (you) must not turn an initial into a reader addressed.
    name: 'a quoted post naming "B. U. Okafor" between attribution lines before a newsletter line',
    html: page(
      'Port hearing adjourned',
      `${LEAD}<blockquote><p>Counsel for the port, B. U. Okafor, asked the court to order a second survey of the riverbed before the next hearing date is set.</p>
       <p>— River Court (@rivercourt) June 10, 2025</p></blockquote>
       <h3><a href="/newsletter">Click here to subscribe to the Harbour Courier newsletter</a></h3>`,
    ),
    kept: ['asked the court to order a second survey'],
  },
];

describe('story paragraphs beside furniture are not appeal boxes', () => {
  it.each(cases)('$name', ({ html, kept, cut = [] }) => {
    const { text } = extractFromHtml(html, { capturedAt: AT });
    for (const line of kept) expect(text).toContain(line);
    for (const line of cut) expect(text).not.toContain(line);
  });
});
