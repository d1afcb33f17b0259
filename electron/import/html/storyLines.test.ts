import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './extractFromHtml';

// Story paragraphs that cleanup must not take for furniture (beside a promotion line, or read as a
// shouted label), and furniture it must not take for the story. Our own fixtures; each page wraps
// its story in the usual chrome.
const AT = '2025-06-12T15:00:00Z';
const page = (title: string, inner: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
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
  {
    // A Latin acronym is the only cased word: the paragraph is prose, not a shouted label.
    name: 'ko: a first paragraph whose only Latin letters are an acronym',
    html: page(
      '항구 준설 재판 연기',
      `<p>[항구신문=김하늘 기자] 지방법원이 강 항구 준설을 둘러싼 재판을 다음 달로 미뤘다. 양측은 SNS에 공개된 조사 결과를 검토할 시간이 더 필요하다고 밝혔다.</p>
       <p>재판부는 새 기일이 마지막이 될 것이라며, 특별한 사정이 없으면 더 이상의 연기 요청은 받아들이지 않겠다고 말했다.</p>
       <p>하류의 두 마을 주민들은 준설 계획이 홍수의 흐름을 바꿀 수 있다며 재판을 지켜보고 있다.</p>
       <p>농민 단체는 봄 홍수가 목초지를 비옥하게 만든다며, 수로가 깊어지면 땅이 오랫동안 마를 것이라고 걱정했다.</p>
       <p>항구 운영사는 더 큰 바지선이 드나들어야 항구가 유지된다며, 지난 공사 이후 수로에 토사가 쌓였다고 반박했다.</p>
       <p>법원은 다음 심리에서 양측이 제출한 두 조사 보고서를 함께 살펴볼 예정이며, 전문가 증인도 부를 수 있다고 덧붙였다.</p>`,
      'ko',
    ),
    kept: ['지방법원이 강 항구 준설을'],
  },
  {
    // A short post with a long readers' discussion under it: the discussion is denser prose, but
    // the section blogging platforms mark as comments is not the article.
    name: 'a short post above a long comments section',
    html: page(
      'Spring open thread',
      `<p>Twice a year we open a thread where readers can ask about the port survey, the court case or anything else we cover.</p>
       <div id="comments" class="comments-area"><ol class="comment-list">
       <li><p>Mara Lind on April 2 said:</p><p>Has anyone looked at how the deeper channel would change the spring floods for the meadows downstream of the second village?</p></li>
       <li><p>Editor on April 3 said:</p><p>The survey filed last week has a section on the floods, and the farmers’ group has published its own reading of the same figures.</p></li>
       <li><p>Tomas Berg on April 4 said:</p><p>I would also like to know who pays for the second survey if the court orders one, since the operator says it has already spent enough.</p></li>
       <li><p>Editor on April 5 said:</p><p>The judge has not said yet; in earlier cases of this kind the costs were split between both sides until the final ruling was made.</p></li>
       </ol></div>`,
    ),
    kept: ['Twice a year we open a thread'],
    cut: ['Has anyone looked at how the deeper channel', 'who pays for the second survey'],
  },
];

describe('story lines and furniture around them', () => {
  it.each(cases)('$name', ({ html, kept, cut = [] }) => {
    const { text } = extractFromHtml(html, { capturedAt: AT });
    for (const line of kept) expect(text).toContain(line);
    for (const line of cut) expect(text).not.toContain(line);
  });
});

describe('a standfirst glued to its date and byline', () => {
  it('is shown once when the body already starts with it', () => {
    const dek =
      'The court gave both sides one more month to study the riverbed survey, and said the new date would be final.';
    const html = page(
      'Port hearing adjourned',
      `<div class="intro"><p>${dek}</p><p>June 10, 2025</p><span>Ana Ruiz</span></div>${LEAD}`,
    );
    const { text } = extractFromHtml(html, { capturedAt: AT });
    expect(text.split('one more month to study').length - 1).toBe(1);
  });
});
