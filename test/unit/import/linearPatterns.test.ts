/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { appealSignals } from '../../../shared/import/appealSignals';
import { classifyChrome } from '../../../shared/import/classifyChrome';
import { extractFromText } from '../../../shared/import/extractFromText';
import { findAbsoluteDate, findDates } from '../../../shared/import/findDates';
import { isHeadlineCandidate } from '../../../shared/import/findHeadline';
import { capitalRatio, isSentenceLike, wordsOf } from '../../../shared/import/lineShape';
import { looksLikeMenu } from '../../../shared/import/looksLikeMenu';
import { normalizeDate } from '../../../shared/import/normalizeDate';
import { normalizeText } from '../../../shared/import/normalizeText';
import { parseByline } from '../../../shared/import/parseByline';
import { parseDateline } from '../../../shared/import/parseDateline';
import { readMetaLine } from '../../../shared/import/readMetaLine';
import { findRelativeDate } from '../../../shared/import/relativeDate';
import { siteFromCopyright } from '../../../shared/import/siteFromCopyright';
import { sourceLines } from '../../../shared/import/sourceLines';
import { splitTitleSite } from '../../../shared/import/splitTitleSite';
import { segmentWords } from '../../../shared/text/segmentWords';
import { measureGrowth } from '../helpers/linearGrowth';

// Issue 14: no pattern that sees imported or pasted text may backtrack. Each pattern and each
// function reading a line gets adversarial input at 128 KB and at 1 MB; linear work grows 8x,
// quadratic 64x (the old e-mail pattern took over a minute at 200 KB). measureGrowth's bound (24x plus
// 1.5 s, measured again once if missed) leaves room for a loaded machine without letting a quadratic
// pattern through.
const AT = '2026-01-15T12:00:00Z';
const MB = 1 << 20;
const shapes: Record<string, string> = {
  letters: 'a',
  email: 'a@b.',
  spaces: ' ',
  decimals: '1.',
  quotes: '"a',
  capitals: 'Ab ',
  apostrophes: "a'",
  crumbs: 'Home > ',
  bars: 'a | - ',
  months: 'March 1 © 2025 1 € @a ',
};
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const modules = {
  ...import.meta.glob(['../../../shared/import/*.ts', '!**/*.test.ts'], { eager: true }),
  ...import.meta.glob(['../../../shared/text/*.ts', '!**/*.test.ts'], { eager: true }),
  ...import.meta.glob(['../../../electron/import/html/*.ts', '!**/*.test.ts'], { eager: true }),
};
const exportedPatterns = Object.entries(modules)
  .filter(([path]) => !path.endsWith('.test.ts'))
  .flatMap(([path, mod]) =>
    Object.entries(mod as Record<string, unknown>).flatMap(([name, value]) =>
      value instanceof RegExp ? [[`${path.replace(/^.*\//, '')} ${name}`, value] as const] : [],
    ),
  );

const lineFunctions: Array<[string, (text: string) => unknown]> = [
  ['classifyChrome', classifyChrome],
  ['readMetaLine', (t) => readMetaLine(t, AT)],
  ['findDates', (t) => findDates(t, AT)],
  ['findAbsoluteDate', (t) => findAbsoluteDate(t, AT)],
  ['findRelativeDate', (t) => findRelativeDate(t, AT)],
  ['normalizeDate', (t) => normalizeDate(t, AT)],
  ['parseByline', (t) => parseByline(t, AT)],
  ['parseDateline', (t) => parseDateline(t, AT)],
  ['splitTitleSite', (t) => splitTitleSite(t)],
  ['isHeadlineCandidate', isHeadlineCandidate],
  ['looksLikeMenu', looksLikeMenu],
  ['isSentenceLike', isSentenceLike],
  ['capitalRatio', capitalRatio],
  ['wordsOf', wordsOf],
  ['segmentWords', segmentWords],
  ['appealSignals', (t) => appealSignals(t, [], 'Outlet')],
  ['siteFromCopyright', (t) => siteFromCopyright([t])],
  ['normalizeText', normalizeText],
  ['sourceLines', (t) => sourceLines(t, false)],
];

function expectLinear(run: (text: string) => unknown) {
  for (const [shape, unit] of Object.entries(shapes)) {
    const growth = measureGrowth((size) => run(fill(unit, size)), MB / 8);
    expect(growth.large, `${shape}: ${growth.summary}`).toBeLessThan(growth.bound);
  }
}

describe('patterns that read imported text run in linear time', () => {
  it('finds the exported patterns', () => {
    expect(exportedPatterns.length).toBeGreaterThan(3);
  });
  it.each(exportedPatterns)('%s', (_, pattern) => {
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    expectLinear((text) => re.test(text));
  });
  it.each(lineFunctions)('%s', (_, run) => expectLinear(run));
  // Whole pastes of up to 400,000 characters with no spaces: linear growth, not a fixed time (an
  // absolute "under 2 s" depends on how busy the machine is).
  it.each(['a', 'a.', 'a@b.', 'a-b_'])('imports a 400,000-character paste of %j in linear time', (unit) => {
    const growth = measureGrowth((size) => extractFromText(fill(unit, size), { capturedAt: AT }), 50_000);
    expect(growth.large, growth.summary).toBeLessThan(growth.bound);
  });
});
