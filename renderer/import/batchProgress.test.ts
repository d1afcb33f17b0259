import { describe, expect, it } from 'vitest';
import {
  addFiles,
  countsSummary,
  describeFileFailure,
  describeFileResult,
  describeHiddenSkips,
  describeSkip,
  fileDone,
  finish,
  progressLabel,
  type BatchProgress,
} from './batchProgress';

const running = (over: Partial<BatchProgress> = {}): BatchProgress => ({ ...addFiles(null, 5), ...over });

describe('batch progress', () => {
  it('starts fresh, or grows a running batch', () => {
    const first = addFiles(null, 3);
    expect(first).toMatchObject({ total: 3, done: 0, state: 'running' });
    expect(addFiles(first, 2).total).toBe(5);
    expect(addFiles(finish(fileDone(first, 'imported', 3)), 2)).toMatchObject({ total: 2, done: 0 });
  });

  it('ends finished when every file is done, cancelled otherwise', () => {
    expect(finish(fileDone(running(), 'imported', 5)).state).toBe('finished');
    expect(finish(fileDone(running(), 'imported', 2)).state).toBe('cancelled');
  });

  const labels: Array<[string, BatchProgress, string]> = [
    ['running with a file', running({ done: 2, current: 'a.pdf' }), 'Importing 3 of 5: a.pdf'],
    ['running between files', running({ done: 0 }), 'Importing 1 of 5…'],
    ['cancelling', running({ state: 'cancelling', current: 'b.html' }), 'Stopping after b.html…'],
    ['cancelled', running({ state: 'cancelled', done: 2 }), 'Stopped after 2 of 5 files'],
    ['finished one', { ...addFiles(null, 1), done: 1, state: 'finished' }, 'Finished 1 file'],
    ['finished', running({ done: 5, state: 'finished' }), 'Finished 5 files'],
  ];
  it.each(labels)('label when %s', (_l, batch, text) => expect(progressLabel(batch)).toBe(text));

  it('summarises counts without zeros, and what a cancel left out', () => {
    let batch = fileDone(fileDone(fileDone(running(), 'imported', 2), 'failed'), 'skipped');
    expect(countsSummary(batch)).toBe('2 imported · 1 failed · 1 skipped');
    batch = finish(batch);
    expect(countsSummary(batch)).toBe('2 imported · 1 failed · 1 skipped · 1 not imported');
  });
});

describe('per-file lines', () => {
  it('names the file and the outcome', () => {
    expect(describeFileResult('a.html', { status: 'imported', sourceId: 's1', title: 'Ferry' })).toEqual({
      outcome: 'imported',
      tone: 'success',
      text: 'a.html — Imported ‘Ferry’',
      sourceId: 's1',
    });
    const dup = describeFileResult('b.html', {
      status: 'duplicate',
      sourceId: 's1',
      title: 'Ferry copy',
      duplicateOf: { id: 's1', title: 'Ferry' },
    });
    expect(dup).toMatchObject({
      outcome: 'duplicate',
      text: 'b.html — Already in the notebook as ‘Ferry’',
      sourceId: 's1',
    });
  });

  it('does not name a file twice in a failure', () => {
    expect(describeFileFailure('x.txt', '“x.txt” is empty').text).toBe('“x.txt” is empty');
    expect(describeFileFailure('x.txt', 'The host stopped').text).toBe(
      'x.txt — Could not be imported: The host stopped',
    );
    expect(describeFileFailure('x.txt', 'nope').tone).toBe('error');
  });

  it('gives skips their reason, and groups hidden files', () => {
    expect(describeSkip('a.png', 'it is an image').text).toBe('a.png — Skipped: it is an image');
    expect(describeHiddenSkips(['.a']).text).toBe('Skipped 1 hidden or system file (.a)');
    expect(describeHiddenSkips(['.a', '.b', '.c', '.d']).text).toBe(
      'Skipped 4 hidden or system files (.a, .b, .c, …)',
    );
  });
});
