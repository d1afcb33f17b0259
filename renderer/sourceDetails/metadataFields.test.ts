import { describe, expect, it } from 'vitest';
import { describeOrigin, toUpdate, type EditableField } from './metadataFields';

describe('toUpdate', () => {
  const cases: Array<[EditableField, string, unknown]> = [
    ['title', '  New title ', { update: { title: 'New title' } }],
    ['title', '   ', { error: 'A source needs a title.' }],
    ['authors', 'Ana Ruiz, Ben Okoro; ', { update: { authors: ['Ana Ruiz', 'Ben Okoro'] } }],
    ['authors', '', { update: { authors: [] } }],
    ['site', ' Tideway Chronicle ', { update: { site: 'Tideway Chronicle' } }],
    ['site', '', { update: { site: null } }],
    ['publishedAt', '2026-02-03', { update: { publishedAt: '2026-02-03' } }],
    ['publishedAt', '2026-02-03T08:30:00Z', { update: { publishedAt: '2026-02-03T08:30:00Z' } }],
    ['publishedAt', '3 Feb 2026', { error: 'Use a date such as 2026-03-14.' }],
    ['publishedAt', '', { update: { publishedAt: null } }],
    ['url', 'https://example.org/a', { update: { url: 'https://example.org/a' } }],
    ['url', 'example.org', { error: 'Use a web address starting with http:// or https://.' }],
    ['language', 'de', { update: { language: 'de' } }],
    ['language', '', { update: { language: null } }],
  ];
  it.each(cases)('%s ← %j', (key, typed, expected) => expect(toUpdate(key, typed)).toEqual(expected));
});

describe('describeOrigin', () => {
  it.each([
    ['og:title', true, 'From og:title'],
    ['user', true, 'Corrected by you'],
    ['corrected by you', true, 'Corrected by you'],
    ['file name', true, 'From the file name'],
    [undefined, true, 'Origin not recorded'],
    [undefined, false, 'Not found'],
  ] as const)('%s', (origin, hasValue, words) => expect(describeOrigin(origin, hasValue)).toBe(words));
});
