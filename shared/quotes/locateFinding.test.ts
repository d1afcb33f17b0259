import { describe, expect, it } from 'vitest';
import { findQuotations } from './findQuotations';
import { flattenPlainText } from './flattenNote';
import { locateFinding } from './locateFinding';

const CHECKED = 'He said “the port will close” and later “the port will reopen” in May.';

/** The finding for the n-th quotation of the checked text, as the check reported it. */
function finding(n: number) {
  const q = findQuotations(flattenPlainText(CHECKED))[n];
  if (!q) throw new Error('no such quotation');
  return { quote: q.text, start: q.start, end: q.end };
}

type Row = [why: string, now: string, n: number, expected: string | null];

const rows: Row[] = [
  ['unchanged note: the same place', CHECKED, 0, '“the port will close”'],
  ['text typed before it: found where it moved', `Yesterday: ${CHECKED}`, 1, '“the port will reopen”'],
  ['its words were edited: not placed', CHECKED.replace('will close', 'would close'), 0, null],
  [
    'the same words twice after an edit, neither in place: not guessed',
    `“the port will close” ${CHECKED.replace('He said', 'He said again')}`,
    0,
    null,
  ],
  ['the quotation was deleted', 'He said nothing.', 0, null],
];

describe('locateFinding', () => {
  it.each(rows)('%s', (_why, now, n, expected) => {
    const note = flattenPlainText(now);
    const at = locateFinding(note, finding(n));
    expect(at && note.text.slice(at.start, at.end)).toBe(expected);
  });
});
