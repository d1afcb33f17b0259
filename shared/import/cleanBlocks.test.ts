import { describe, expect, it } from 'vitest';
import { cleanBlocks } from './cleanBlocks';
import type { CandidateBlock } from './types';

const AT = '2025-06-12T15:00:00Z';
const p = (text: string): CandidateBlock => ({ kind: 'p', text });
const PROSE = [
  'The council voted on Tuesday night to lengthen the ferry terminal by forty metres, ending a long dispute.',
  'Opponents argued that the larger building would block views of the water and bring more traffic to the area.',
  'Construction is scheduled to begin in September and last about fourteen months, the city said on Wednesday.',
];

describe('cleanBlocks', () => {
  it('keeps prose, subheadings and quotes; cuts furniture between them', () => {
    const out = cleanBlocks(
      [
        p(PROSE[0]!),
        p('Advertisement'),
        p('Neighbours promise appeal'),
        { kind: 'quote', text: 'We were not asked.' },
        p(PROSE[1]!),
      ],
      { title: null, capturedAt: AT, mode: 'text' },
    );
    expect(out.blocks).toEqual([
      p(PROSE[0]!),
      { kind: 'h', text: 'Neighbours promise appeal' },
      { kind: 'quote', text: 'We were not asked.' },
      p(PROSE[1]!),
    ]);
    expect(out.removed).toEqual(['Advertisement']);
  });
  it('cuts everything after a related/comments header that follows most of the prose', () => {
    const out = cleanBlocks(
      [
        ...PROSE.map(p),
        p('Comments'),
        p('This is a reader comment that reads just like prose, with a full stop at the end.'),
      ],
      { title: null, capturedAt: AT, mode: 'text' },
    );
    expect(out.blocks.map((b) => b.text)).toEqual(PROSE);
  });
  it('keeps the story going after an inline "Don\'t miss" box late in the article', () => {
    const more = [
      'Officials said the revised plan reduces the height of the hall by two metres and adds a drop-off loop.',
      'Ferry service will continue during the work, although one ramp will close for several weeks next spring.',
    ];
    const out = cleanBlocks(
      [...PROSE.map(p), p('DON’T MISS…'), p('Bus fares to rise in autumn'), ...more.map(p)],
      { title: null, capturedAt: AT, mode: 'text' },
    );
    expect(out.blocks.map((b) => b.text)).toEqual([...PROSE, ...more]);
    expect(out.removed).toEqual(['DON’T MISS…', 'Bus fares to rise in autumn']);
  });
  it('does not treat an early "Related" header as the end of the article', () => {
    const out = cleanBlocks([p(PROSE[0]!), p('Related'), p(PROSE[1]!), p(PROSE[2]!)], {
      title: null,
      capturedAt: AT,
      mode: 'text',
    });
    expect(out.blocks.map((b) => b.text)).toEqual(PROSE);
  });
  it('turns bylines and date lines into metadata', () => {
    const out = cleanBlocks([p('By Ana Ruiz'), p('Published 3 June 2025'), ...PROSE.map(p)], {
      title: null,
      capturedAt: AT,
      mode: 'text',
    });
    expect(out.authors).toEqual(['Ana Ruiz']);
    expect(out.dates.map((d) => d.iso)).toEqual(['2025-06-03']);
    expect(out.removed).toEqual(['By Ana Ruiz', 'Published 3 June 2025']);
  });
  it('drops repeats of the headline and menu lines above the body, keeps a standfirst', () => {
    const dek = 'Commuters face months of delays as work on the new pier begins in the autumn';
    const out = cleanBlocks([p('WORLD'), p('Ferry plan approved'), p(dek), ...PROSE.map(p)], {
      title: 'Ferry plan approved',
      capturedAt: AT,
      mode: 'text',
    });
    expect(out.blocks.map((b) => b.text)).toEqual([dek, ...PROSE]);
  });
  it('drops the heading of a newsletter box and an author bio at the foot', () => {
    const out = cleanBlocks(
      [
        ...PROSE.map(p),
        p('Morning Brief'),
        p('Get the top stories in your inbox every morning. Sign up for free.'),
        p(PROSE[2]!.replace('September', 'October')),
        p('Ana Ruiz is a reporter covering transport for the Courier.'),
      ],
      { title: null, capturedAt: AT, mode: 'text', knownAuthors: ['Ana Ruiz'] },
    );
    expect(out.removed).toEqual([
      'Morning Brief',
      'Get the top stories in your inbox every morning. Sign up for free.',
      'Ana Ruiz is a reporter covering transport for the Courier.',
    ]);
  });
  it('cuts link-heavy blocks in HTML mode', () => {
    const out = cleanBlocks(
      [...PROSE.map(p), { kind: 'li', text: 'Bus fares to rise in autumn', linkDensity: 1 }],
      { title: null, capturedAt: AT, mode: 'html' },
    );
    expect(out.removed).toEqual(['Bus fares to rise in autumn']);
  });
  it('returns no blocks when nothing reads as prose', () => {
    expect(
      cleanBlocks([p('Home'), p('Share'), p('Menu')], { title: null, capturedAt: AT, mode: 'text' }).blocks,
    ).toEqual([]);
  });
});
