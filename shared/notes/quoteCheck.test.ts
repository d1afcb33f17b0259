import { describe, expect, it } from 'vitest';
import { checkQuote, normalizeQuote } from './quoteCheck';

describe('quote check', () => {
  it.each([
    ['identical', 'The plan is late.', 'The plan is late.', 'match'],
    ['extra and odd spaces', 'The  plan\u00a0is\nlate.', 'The plan is late.', 'match'],
    ['curly versus straight double quotes', 'He called it “urgent”.', 'He called it "urgent".', 'match'],
    ['curly versus straight apostrophe', 'It isn’t ready', "It isn't ready", 'match'],
    ['em dash versus hyphen', 'Costs rose—sharply', 'Costs rose-sharply', 'match'],
    ['en dash in a range', '2019–2021', '2019-2021', 'match'],
    ['ellipsis character versus three dots', 'and then…', 'and then...', 'match'],
    ['quote marks around the quotation', '“The plan is late.”', 'The plan is late.', 'match'],
    [
      'soft hyphen and zero-width space from a paste',
      'infra\u00adstruc\u200bture',
      'infrastructure',
      'match',
    ],
    ['a changed word', 'The plan is early.', 'The plan is late.', 'mismatch'],
    ['a dropped word', 'The plan late.', 'The plan is late.', 'mismatch'],
    ['different case', 'the plan is late.', 'The plan is late.', 'mismatch'],
    ['changed punctuation', 'The plan is late!', 'The plan is late.', 'mismatch'],
    ['truncated', 'The plan is', 'The plan is late.', 'mismatch'],
    ['highlight text unknown', 'anything', null, 'unknown'],
  ] as const)('%s', (_why, quoted, exact, status) => {
    expect(checkQuote(quoted, exact).status).toBe(status);
  });

  it('normalises to plain forms', () => {
    expect(normalizeQuote('  “It’s — fine…”  ')).toBe("It's - fine...");
  });
});
