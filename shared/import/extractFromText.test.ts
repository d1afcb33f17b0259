import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { extractFromText } from './extractFromText';
import { measureGrowth } from '../../test/unit/helpers/linearGrowth';

const AT = '2025-06-12T15:00:00Z';
const BODY = [
  'The regional transit agency approved a six-kilometre extension of tram line 4 on Monday, connecting the eastern suburbs to the airport.',
  'The extension will add five stops, including a new interchange where passengers can change to the suburban railway.',
].join('\n');

describe('extractFromText', () => {
  it('finds the headline, strips a site suffix and drops a repeated headline', () => {
    const a = extractFromText(
      `Tram line to reach airport by 2027 | Metro Pulse\nHome\nTram line to reach airport by 2027\n${BODY}`,
      { capturedAt: AT },
    );
    expect(a.title).toBe('Tram line to reach airport by 2027');
    expect(a.site).toBe('Metro Pulse');
    expect(a.removed).toEqual(['Home', 'Tram line to reach airport by 2027']);
    expect(a.text.split('\n\n')).toHaveLength(2);
    expect(a.provenance).toMatchObject({ title: 'headline line', site: 'headline suffix' });
  });
  it('resolves a relative date against the capture time and marks it approximate', () => {
    const a = extractFromText(`Tram line to reach airport by 2027\nPublished 2 days ago\n${BODY}`, {
      capturedAt: AT,
    });
    expect(a.publishedAt).toBe('2025-06-10');
    expect(a.publishedApproximate).toBe(true);
    expect(a.provenance.publishedAt).toBe('relative date');
  });
  it('keeps a modified-only date out of publishedAt', () => {
    const a = extractFromText(`Tram line to reach airport by 2027\nLast updated: June 9, 2025\n${BODY}`, {
      capturedAt: AT,
    });
    expect(a.publishedAt).toBeNull();
    expect(a.modifiedAt).toBe('2025-06-09');
  });
  it('falls back to the file name when there is no headline line', () => {
    const a = extractFromText(BODY, { capturedAt: AT, fileName: 'notes/tram-extension_memo.txt' });
    expect(a.title).toBe('tram extension memo');
    expect(a.provenance.title).toBe('file name');
  });
  it('falls back to the first words when there is neither headline nor file name', () => {
    expect(extractFromText(BODY, { capturedAt: AT }).title).toMatch(/^The regional transit agency approved/);
  });
  it('keeps every line of a short note, with a two-word first line as its title', () => {
    const a = extractFromText('Dam report\n\nThe dam holds 40 million cubic metres.\n\nRepairs start soon.', {
      capturedAt: AT,
    });
    expect(a.title).toBe('Dam report');
    expect(a.text).toBe('The dam holds 40 million cubic metres.\n\nRepairs start soon.');
  });
  it('titles a note without a headline by its first sentence and keeps that sentence in the body', () => {
    const a = extractFromText('Budget vote delayed.\nCouncillors want more time.', { capturedAt: AT });
    expect(a.title).toBe('Budget vote delayed.');
    expect(a.text).toBe('Budget vote delayed.\n\nCouncillors want more time.');
  });
  it('keeps a short closing sentence after the last long paragraph', () => {
    const a = extractFromText(`Tram line to reach airport by 2027\n${BODY}\nWork starts soon.\nShare`, {
      capturedAt: AT,
    });
    expect(a.blocks.at(-1)?.text).toBe('Work starts soon.');
    expect(a.removed).toEqual(['Share']);
  });
  it('guesses the language of the body', () => {
    const a = extractFromText(
      'Der Stadtrat hat am Mittwoch mit großer Mehrheit ein neues Radwegenetz für die Innenstadt beschlossen, das bis 2028 gebaut werden soll und die Stadtteile mit dem Bahnhof verbindet.',
      { capturedAt: AT },
    );
    expect(a.language).toBe('de');
  });
  it('keeps text with no article in it as written, and says so', () => {
    const a = extractFromText('Home\nShare\nMenu\nSubscribe', { capturedAt: AT });
    expect(a.text).toContain('Subscribe');
    expect(a.extractionNote).toBe('visible-text');
  });
  it.each(['', '   \n\n  '])('refuses text with nothing in it: %j', (text) => {
    expect(() => extractFromText(text, { capturedAt: AT })).toThrow(AppError);
    try {
      extractFromText(text, { capturedAt: AT });
    } catch (error) {
      expect((error as AppError).code).toBe('IMPORT_FAILED');
    }
  });
  it('handles a very long paste in linear time', () => {
    const paste = (paragraphs: number) => `Big story headline here\n${`${BODY}\n`.repeat(paragraphs)}`;
    expect(extractFromText(paste(4000), { capturedAt: AT }).blocks.length).toBe(8000);
    const growth = measureGrowth((n) => extractFromText(paste(n), { capturedAt: AT }), 500);
    expect(growth.large, growth.summary).toBeLessThan(growth.bound);
  });
});
