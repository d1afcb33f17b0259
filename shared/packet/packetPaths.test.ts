import { describe, expect, it } from 'vitest';
import { isKnownPacketPath, originalExtension, unsafeEntryReason } from './packetPaths';
import { id } from './testing/records';

describe('unsafeEntryReason', () => {
  it.each([
    ['index.html', null],
    [`sources/${id(1)}/text.txt`, null],
    ['notes/', null],
    ['../x', /outside the packet/],
    ['notes/../../x', /outside the packet/],
    ['a/..', /outside the packet/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/x', /absolute path/],
    ['c:x', /absolute path/],
    ['..\\x', /backslash/],
    ['a//b', /empty or “\.” part/],
    ['./a', /empty or “\.” part/],
    ['a\u0000b', /control characters/],
    ['', /empty name/],
    ['x'.repeat(600), /too long/],
  ])('%j', (name, reason) => {
    const found = unsafeEntryReason(name);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe('isKnownPacketPath', () => {
  it.each([
    ['manifest.json', true],
    ['bibliography.ris', true],
    ['highlights.csv', true],
    ['data/records.json', true],
    ['notes/my-note-2.docx', true],
    [`sources/${id(7)}/original.pdf`, true],
    [`sources/${id(7)}/extraction.json`, true],
    ['notes/My Note.md', false],
    ['sources/not-an-id/text.txt', false],
    [`sources/${id(7)}/original.exe.sh`, false],
    ['run.sh', false],
  ])('%s → %s', (path, known) => {
    expect(isKnownPacketPath(path)).toBe(known);
  });
});

describe('originalExtension', () => {
  it.each([
    ['Report.PDF', 'application/pdf', 'pdf'],
    [null, 'text/html; charset=utf-8', 'html'],
    [null, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['noext', 'application/x-unknown', 'bin'],
    ['weird.tar.gz', 'application/gzip', 'gz'],
  ])('%s %s → %s', (name, type, ext) => {
    expect(originalExtension(name, type)).toBe(ext);
  });
});
