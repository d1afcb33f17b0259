import { describe, expect, it } from 'vitest';
import { zeroCounts } from '../../shared/packet/mergeKind';
import { countsInWords, importLines, leftOutSentence, listInWords, phaseLabel } from './packetText';

const none = { sources: 0, highlights: 0, entities: 0, citations: 0 };

describe('leftOutSentence', () => {
  it.each([
    [none, null],
    [{ ...none, sources: 2, highlights: 3 }, '2 confidential sources and 3 highlights were left out'],
    [{ ...none, highlights: 1 }, '1 confidential highlight was left out'],
    [{ ...none, sources: 1 }, '1 confidential source was left out'],
    [
      { sources: 1, highlights: 1, entities: 2, citations: 1 },
      '1 confidential source, 1 highlight, 2 entities named only there and 1 citation of them were left out',
    ],
  ])('%o → %s', (leftOut, expected) => {
    expect(leftOutSentence(leftOut)).toBe(expected);
  });
});

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%o → %s', (parts, expected) => expect(listInWords(parts)).toBe(expected));
});

describe('phaseLabel', () => {
  it.each([
    [{ phase: 'sources', done: 3, total: 12, state: 'running' as const }, 'Writing sources (3 of 12)'],
    [{ phase: 'reader', done: 0, total: 1, state: 'running' as const }, 'Writing the offline reader'],
    [{ phase: 'done', done: 1, total: 1, state: 'done' as const }, 'Done'],
    [{ phase: 'notes', done: 1, total: 4, state: 'failed' as const }, 'Stopped'],
    [{ phase: 'mystery', done: 0, total: 1, state: 'running' as const }, 'mystery'],
  ])('%o → %s', (job, expected) => expect(phaseLabel(job)).toBe(expected));
});

describe('countsInWords and importLines', () => {
  it('names only the kinds with a count', () => {
    expect(countsInWords(zeroCounts())).toBeNull();
    expect(countsInWords({ ...zeroCounts(), sources: 2, notes: 1 })).toBe('2 sources and 1 note');
  });

  it('says "nothing new" for an unchanged import', () => {
    const summary = {
      added: zeroCounts(),
      updated: zeroCounts(),
      linked: zeroCounts(),
      conflicts: [],
      changes: [],
      summary: [],
      dryRun: false,
      unchanged: true,
      leftOutAtExport: none,
    };
    expect(importLines(summary)).toEqual([
      'Nothing new: this notebook already had everything in the packet.',
    ]);
  });

  it('lists added, linked, updated and what the sender left out', () => {
    const summary = {
      added: { ...zeroCounts(), sources: 2, highlights: 2, notes: 1 },
      updated: zeroCounts(),
      linked: { ...zeroCounts(), entities: 1 },
      conflicts: [],
      changes: [],
      summary: [],
      dryRun: false,
      unchanged: false,
      leftOutAtExport: { ...none, highlights: 1 },
    };
    expect(importLines(summary)).toEqual([
      'Added 2 sources, 2 highlights and 1 note.',
      'Linked 1 entity to what the notebook already had.',
      'When the packet was made, 1 confidential highlight was left out.',
    ]);
    expect(importLines({ ...summary, dryRun: true }).slice(0, 2)).toEqual([
      'Would add 2 sources, 2 highlights and 1 note.',
      'Would link 1 entity to what the notebook already has.',
    ]);
  });
});
