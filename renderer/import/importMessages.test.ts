import { describe, expect, it } from 'vitest';
import { describeFailure, describeImport } from './importMessages';

describe('describeImport', () => {
  it('names an imported source', () => {
    expect(describeImport({ status: 'imported', sourceId: 'x', title: 'Harbour plan' })).toEqual({
      tone: 'success',
      text: 'Imported ‘Harbour plan’',
      sourceId: 'x',
    });
  });
  it('points a duplicate at the source already there', () => {
    expect(
      describeImport({
        status: 'duplicate',
        sourceId: 'y',
        title: 'Copy',
        duplicateOf: { id: 'x', title: 'Harbour plan' },
      }),
    ).toEqual({ tone: 'info', text: 'Already in the notebook: ‘Harbour plan’', sourceId: 'x' });
  });
});

describe('describeFailure', () => {
  it.each([
    ['photo.txt', 'it is not a text document.', 'Could not import photo.txt: it is not a text document.'],
    // The host's message already names the file: not said twice.
    ['photo.txt', '“photo.txt” was not imported.', '“photo.txt” was not imported.'],
    [null, 'There was no text to import.', 'There was no text to import.'],
  ])('%s', (file, message, expected) => {
    expect(describeFailure(file, message)).toEqual({ tone: 'error', text: expected });
  });
});
