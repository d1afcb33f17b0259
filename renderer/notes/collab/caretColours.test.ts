import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARET_COLOURS, CARET_TEXT, caretSlot } from './caretColours';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The app's backgrounds per theme, read from its own stylesheet (light first, then dark). */
function surfaces(): { light: string[]; dark: string[] } {
  const css = readFileSync(join(__dirname, '../../ui/base.css'), 'utf8');
  const values = (name: string) =>
    [...css.matchAll(new RegExp(`--${name}: (#[0-9a-f]{6});`, 'g'))].map((match) => match[1]!);
  const [bgLight, bgDark] = values('bg');
  const [surfaceLight, surfaceDark] = values('surface');
  return { light: [bgLight!, surfaceLight!], dark: [bgDark!, surfaceDark!] };
}

describe('caret colours', () => {
  const themes = surfaces();
  for (const [slot, colours] of CARET_COLOURS.entries())
    for (const theme of ['light', 'dark'] as const)
      it(`slot ${slot}, ${theme}: the name is legible on its label and the caret stands out from the page`, () => {
        expect(contrast(colours[theme], CARET_TEXT[theme])).toBeGreaterThanOrEqual(4.5);
        for (const background of themes[theme])
          expect(contrast(colours[theme], background)).toBeGreaterThanOrEqual(3);
      });

  it('gives a name the same slot every time, and spreads names over the slots', () => {
    expect(caretSlot('Alice')).toBe(caretSlot('Alice'));
    const names = [
      'Alice',
      'Bob',
      'Rita',
      'Sam',
      'Kofi',
      'Mei',
      'Ana',
      'Jonas',
      'Leila',
      'Piotr',
      'Zoë',
      'Yusuf',
    ];
    expect(new Set(names.map(caretSlot)).size).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(caretSlot(name)).toBeLessThan(CARET_COLOURS.length);
  });
});
