import { describe, expect, it } from 'vitest';
import { sortByPath, triageFile, type ChosenFile } from './fileTriage';

const file = (name: string, extra: Partial<ChosenFile> = {}): ChosenFile => ({ name, size: 100, ...extra });

describe('triageFile', () => {
  const cases: Array<[string, ChosenFile, boolean, string | null]> = [
    ['an HTML page', file('page.html'), true, null],
    ['a text file', file('notes.txt'), true, null],
    ['a PDF', file('report.PDF'), true, null],
    ['a Word file', file('story.docx'), true, null],
    ['a file with no extension', file('README'), true, null],
    ['an empty text file (the importer explains)', file('empty.txt', { size: 0 }), true, null],
    ['a dot file', file('.DS_Store'), false, 'hidden or system'],
    [
      'a file under a dot folder',
      file('config', { webkitRelativePath: 'Sources/.git/config' }),
      false,
      'hidden or system',
    ],
    ['an Office lock file', file('~$story.docx'), false, 'hidden or system'],
    ['Thumbs.db', file('Thumbs.db'), false, 'hidden or system'],
    ['a PNG', file('logo.png'), false, 'an image'],
    ['a JPEG in capitals', file('PHOTO.JPG'), false, 'an image'],
    ['a video', file('clip.mp4'), false, 'a video'],
    ['a zip', file('bundle.zip'), false, 'an archive'],
    ['a spreadsheet', file('figures.xlsx'), false, 'spreadsheet'],
    ['a huge file', file('dump.txt', { size: 60 * 1024 * 1024 }), false, 'larger than 50 MB'],
  ];
  it.each(cases)('%s', (_label, input, send, reason) => {
    const result = triageFile(input);
    expect(result.send).toBe(send);
    if (!result.send) expect(result.reason).toContain(reason);
  });

  it('marks hidden files as hidden and other skips as not', () => {
    expect(triageFile(file('.hidden'))).toMatchObject({ hidden: true });
    expect(triageFile(file('a.png'))).toMatchObject({ hidden: false });
  });
});

describe('sortByPath', () => {
  it('orders by folder path with numbers compared as numbers', () => {
    const files = [
      file('b.txt', { webkitRelativePath: 'F/b.txt' }),
      file('10.txt', { webkitRelativePath: 'F/10.txt' }),
      file('2.txt', { webkitRelativePath: 'F/2.txt' }),
      file('a.txt', { webkitRelativePath: 'F/A/a.txt' }),
    ];
    expect(sortByPath(files).map((f) => f.webkitRelativePath)).toEqual([
      'F/2.txt',
      'F/10.txt',
      'F/A/a.txt',
      'F/b.txt',
    ]);
  });
});
