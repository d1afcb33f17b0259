import { describe, expect, it } from 'vitest';
import { checkDraftQuotations, checkNoteQuotations } from './checkQuotations';
import { flattenPlainText } from './flattenNote';
import type { QuoteFinding, QuoteStatus } from './quoteStatus';
import { fixtureSources, noteOf, sourceId } from './testing/quoteFixtures';

const sources = fixtureSources();

interface Expect {
  orphaned?: boolean;
  missing?: boolean;
  inHighlight?: boolean;
  /** The source the wording was found in, for not-found and uncited: elsewhere. */
  from?: string;
  elsewhere?: string | null;
  removed?: string;
  added?: string;
}

type Row = [why: string, note: string, statuses: QuoteStatus[], extra?: Expect];

const rows: Row[] = [
  [
    'exact, curly marks, cited highlight',
    'She said the talks had been “constructive, very useful and substantive” {h:talks}.',
    ['exact'],
    { inHighlight: true },
  ],
  [
    'exact, straight marks',
    'She called the talks "constructive, very useful and substantive" {h:talks}.',
    ['exact'],
  ],
  [
    'edited word (the issue’s example)',
    '“constructive, very helpful and substantive” {h:talks}',
    ['differs'],
    { removed: 'useful', added: 'helpful' },
  ],
  ['dropped word', '“constructive, useful and substantive” {h:talks}', ['differs'], { removed: 'very' }],
  [
    'added word',
    '“constructive, very useful and truly substantive” {h:talks}',
    ['differs'],
    { added: 'truly' },
  ],
  [
    'changed number',
    '“Turnout in the district rose 19 points” {h:turnout}',
    ['differs'],
    { removed: '20', added: '19' },
  ],
  ['ellipsis character', '“constructive … and substantive” {h:talks}', ['exact']],
  ['ellipsis as three dots', '“the talks had been constructive...and substantive” {h:talks}', ['exact']],
  ['ellipsis in brackets', '“the talks had been constructive […] substantive” {h:talks}', ['exact']],
  [
    'ellipsis in brackets with dots',
    '“the talks had been constructive [...] substantive” {h:talks}',
    ['exact'],
  ],
  ['spaced dots', '“constructive . . . substantive” {h:talks}', ['exact']],
  [
    'ellipsis over a long stretch of the source',
    '“the talks had been constructive … he added” {s:council}',
    ['exact'],
  ],
  [
    'ellipsis with pieces in the wrong order',
    '“substantive … the talks had been constructive” {h:talks}',
    ['differs'],
  ],
  [
    'ellipsis with a changed word after it',
    '“the talks had been constructive … and sensational” {h:talks}',
    ['differs'],
  ],
  ['bracketed insertion for a pronoun', '“[The plan] would cost the district dearly” {s:council}', ['exact']],
  ['bracketed insertion added', '“it would cost [taxpayers in] the district dearly” {s:council}', ['exact']],
  ['bracketed capital', '“[t]urnout in the district rose 20 points” {h:turnout}', ['exact']],
  ['insertion standing in for too many words', '“[the mayor] the district dearly” {s:council}', ['exact']],
  [
    'changed quote marks: guillemets in an English note',
    '«constructive, very useful and substantive» {h:talks}',
    ['exact'],
  ],
  ['single quotes', '‘constructive, very useful and substantive’ {h:talks}', ['exact']],
  ['trailing full stop inside the marks', '“We are not going to wait another year.” {h:wait}', ['exact']],
  [
    'trailing comma inside the marks',
    '“We are not going to wait another year,” she said {h:wait}.',
    ['exact'],
  ],
  ['lower-case first word', '“we are not going to wait another year” {h:wait}', ['exact']],
  ['changed case in the middle', '“We are Not going to wait another year” {h:wait}', ['differs']],
  ['straight versus curly apostrophe', '“We don’t have the money” {s:council}', ['exact']],
  [
    'quotation inside a quotation',
    '“called the plan ‘a reckless gamble with public money’” {s:council}',
    ['exact'],
  ],
  [
    'Russian guillemets, exact',
    'Министр сказал, что «переговоры прошли в конструктивной атмосфере» {h:minister}.',
    ['exact'],
  ],
  ['Russian guillemets, edited word', '«переговоры прошли в деловой атмосфере» {h:minister}', ['differs']],
  [
    'Russian quotation checked against the whole source',
    '«вопрос о поставках газа остаётся открытым» {s:russian}',
    ['exact'],
  ],
  [
    'German low-high marks, exact',
    'Sie sagte, „man werde die Brücke noch in diesem Jahr sanieren lassen“ {h:bridge}.',
    ['exact'],
  ],
  [
    'German marks closed with ”',
    '„Der Stadtrat stimmte mit großer Mehrheit für den Plan” {s:german}',
    ['exact'],
  ],
  [
    'German marks, changed word',
    '„man werde die Brücke noch im nächsten Jahr sanieren lassen“ {h:bridge}',
    ['differs'],
  ],
  ['Japanese corner brackets', '市長は「橋の工事を来年の春に始める」と述べた {s:japanese}', ['exact']],
  ['Japanese white corner brackets', '『住民の多くは計画に賛成している』 {s:japanese}', ['exact']],
  [
    'no citation: uncited, found elsewhere',
    'Keller called it “a reckless gamble with public money” in the debate.',
    ['uncited'],
    { elsewhere: 'council' },
  ],
  [
    'no citation, found nowhere',
    'He said “nobody here has ever seen such a thing” later.',
    ['uncited'],
    { elsewhere: null },
  ],
  [
    'two-word scare quotes without citation are not quotations',
    'The so-called “reform plan” was shelved.',
    [],
  ],
  [
    'citation in the next sentence does not count',
    '“We are not going to wait another year.” The council agreed. {h:wait}',
    ['uncited'],
  ],
  [
    'citation after the speaker in the same sentence',
    '“We are not going to wait another year,” the mayor told reporters on Tuesday {h:wait}.',
    ['exact'],
  ],
  [
    'citation before the quotation in the same sentence',
    'As {h:talks} put it, the talks were “constructive, very useful and substantive”.',
    ['exact'],
  ],
  [
    'two quotations share one citation',
    'She called them “constructive” and “very useful and substantive” {h:talks}.',
    ['exact', 'exact'],
  ],
  [
    'highlight no longer anchors, quotation in the source',
    '“it would cost the district dearly” {h:lost}',
    ['exact'],
    { orphaned: true },
  ],
  [
    'highlight no longer anchors, quotation not in the source',
    '“The mayor resigned after a heated session about parking fees” {h:lost}',
    ['not-found'],
    { orphaned: true },
  ],
  [
    'cited highlight deleted, quotation in its source',
    '“Turnout in the district rose 20 points” {h:gone}',
    ['exact'],
    { missing: true },
  ],
  [
    'cited source deleted',
    '“Turnout in the district rose 20 points” {s:deleted}',
    ['not-found'],
    { missing: true, elsewhere: 'council' },
  ],
  [
    'not in the cited source but in another',
    '“the port cannot survive another season like this one” {s:council}',
    ['not-found'],
    { elsewhere: 'harbour' },
  ],
  [
    'found nowhere',
    '“the bridge will be finished before the summer holidays” {s:council}',
    ['not-found'],
    { elsewhere: null },
  ],
  [
    'longer than the highlight, still in the source',
    '“Mayor Ellen Brandt said the talks had been constructive” {h:talks}',
    ['exact'],
    { inHighlight: false },
  ],
  [
    'quotation spanning two paragraphs, reopened',
    '“The council met on Tuesday evening in the old town hall.\n\n“Mayor Ellen Brandt said the talks had been constructive,” the minutes say {s:council}.',
    ['exact'],
  ],
  [
    'quotation spanning two paragraphs, not reopened',
    '“The council met on Tuesday evening in the old town hall.\n\nMayor Ellen Brandt said the talks had been constructive” {s:council}',
    ['exact'],
  ],
  [
    'block quote with its citation inside',
    '> We are not going to wait another year, she told reporters. {h:wait}',
    ['exact'],
  ],
  [
    'block quote cited on the next line',
    '> Der Stadtrat stimmte mit großer Mehrheit für den Plan.\n\n— {s:german}',
    ['exact'],
  ],
  [
    'block quote of two paragraphs with an attribution line',
    '> Its director, Maria Olsen, warned that the port cannot survive\n\n> another season like this one\n\n> — Maria Olsen {s:harbour}',
    ['exact'],
  ],
  [
    'block quote that differs',
    '> The harbour authority said container traffic fell by half last winter. {s:harbour}',
    ['differs'],
    { removed: 'a third', added: 'half' },
  ],
  ['unclosed quotation mark is no quotation', 'He said “we will see about that and left {s:council}', []],
  [
    'quotation as a dragged highlight inserts it',
    '“the talks had been constructive, very useful and substantive” {h:talks}',
    ['exact'],
  ],
  ['extra spaces and a line break inside', '“We are  not going to\nwait another year” {h:wait}', ['exact']],
];

function check(finding: QuoteFinding | undefined, extra: Expect): void {
  if (!finding) return;
  if (extra.orphaned !== undefined) expect(finding.orphaned).toBe(extra.orphaned);
  if (extra.missing !== undefined) expect(finding.missing).toBe(extra.missing);
  if (extra.inHighlight !== undefined) expect(finding.match?.inHighlight).toBe(extra.inHighlight);
  if (extra.from !== undefined) expect(finding.match?.sourceId).toBe(sourceId(extra.from));
  if (extra.elsewhere !== undefined)
    expect(finding.elsewhere?.sourceId ?? null).toBe(
      extra.elsewhere === null ? null : sourceId(extra.elsewhere),
    );
  const parts = finding.diff ?? [];
  if (extra.removed)
    expect(
      parts
        .filter((p) => p.op === 'removed')
        .map((p) => p.text)
        .join(' '),
    ).toContain(extra.removed);
  if (extra.added)
    expect(
      parts
        .filter((p) => p.op === 'added')
        .map((p) => p.text)
        .join(' '),
    ).toContain(extra.added);
}

describe('quote check on notes', () => {
  it.each(rows)('%s', (_why, written, statuses, extra = {}) => {
    const findings = checkNoteQuotations(noteOf(written), sources);
    expect(findings.map((f) => f.status)).toEqual(statuses);
    check(findings[0], extra);
  });

  it('has at least 40 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('gives the span of each quotation in the note text', () => {
    const note = noteOf('She said “constructive, very useful and substantive” {h:talks}.');
    const [finding] = checkNoteQuotations(note, sources);
    expect(note.text.slice(finding?.start, finding?.end)).toBe('“constructive, very useful and substantive”');
    expect(finding?.match?.text).toBe('constructive, very useful and substantive');
  });
});

describe('rechecking a note with a memo', () => {
  it('answers unchanged quotations from the memo and checks only the new one, with the same findings', () => {
    const before = noteOf(
      '“constructive, very helpful and substantive” {h:talks}. “Turnout in the district rose 19 points” {h:turnout}',
    );
    const after = noteOf(
      'Now: “constructive, very helpful and substantive” {h:talks}. “Turnout in the district rose 20 points” {h:turnout}',
    );
    let reads = 0;
    const counting = { ...sources, sourceText: (id: string) => (reads++, sources.sourceText(id)) };
    const memo = new Map();
    checkNoteQuotations(before, counting, memo);
    const first = reads;
    const again = checkNoteQuotations(after, counting, memo);
    expect(reads).toBeGreaterThan(first);
    expect(reads - first).toBeLessThan(first);
    expect(again).toEqual(checkNoteQuotations(after, sources));
    expect(again.map((f) => f.status)).toEqual(['differs', 'exact']);
  });
});

describe('quote check on drafts', () => {
  it.each([
    ['exact', 'The mayor said “We are not going to wait another year.”', 'exact', 'council'],
    [
      'one word altered',
      'The director warned that “the port cannot survive another winter like this one”.',
      'differs',
      'harbour',
    ],
    [
      'shortened with an ellipsis',
      'Olsen said “the port cannot survive … like this one”.',
      'exact',
      'harbour',
    ],
    ['translated marks', 'Он сказал: „вопрос о поставках газа остаётся открытым“.', 'exact', 'russian'],
    [
      'found nowhere',
      'A resident said “the trams have never once been on time this year”.',
      'not-found',
      null,
    ],
  ] as const)('%s', (_why, draft, status, from) => {
    const [finding] = checkDraftQuotations(flattenPlainText(draft), sources);
    expect(finding?.status).toBe(status);
    expect(finding?.match?.sourceId ?? null).toBe(from === null ? null : sourceId(from));
  });
});
