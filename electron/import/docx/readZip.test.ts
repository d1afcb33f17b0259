import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/fixtures/zipWriter';
import { checkZipBudget, listZip, ZipFormatError, ZipTooLargeError } from './readZip';

const limits = { maxEntries: 10, maxMarkupBytes: 10_000, maxTotalBytes: 50_000 };
const zip = (...entries: Array<[string, string | Uint8Array]>) =>
  writeZip(entries.map(([name, data]) => ({ name, data })));
const check = (bytes: Uint8Array) => checkZipBudget(bytes, listZip(bytes, limits.maxEntries), limits);

describe('Word zip budget', () => {
  it.each([
    [
      'small markup and media',
      zip(['word/document.xml', '<w:p/>'.repeat(1000)], ['word/media/a.png', new Uint8Array(30_000)]),
    ],
  ])('lets through %s', (_, bytes) => {
    expect(() => check(bytes)).not.toThrow();
  });

  it.each([
    ['markup past 10 KB', zip(['word/document.xml', '<w:p/>'.repeat(2000)]), 'markup'],
    [
      'markup under another name, found by its first bytes',
      zip(['word/media/x.bin', '  <w:p/>'.repeat(2000)]),
      'markup',
    ],
    ['everything past 50 KB', zip(['word/media/a.png', new Uint8Array(60_000)]), 'total'],
    [
      'more parts than allowed',
      zip(...Array.from({ length: 11 }, (_, i): [string, string] => [`p${i}.bin`, 'x'])),
      'entries',
    ],
  ])('refuses %s as too large', (_, bytes, kind) => {
    expect(() => check(bytes)).toThrow(expect.objectContaining({ name: 'ZipTooLargeError', kind }));
  });

  it('refuses two parts with one name as damaged, not as too large', () => {
    const bytes = zip(['word/document.xml', '<a/>'], ['word/document.xml', '<b/>']);
    expect(() => listZip(bytes)).toThrow(ZipFormatError);
    expect(() => listZip(bytes)).not.toThrow(ZipTooLargeError);
  });
});
