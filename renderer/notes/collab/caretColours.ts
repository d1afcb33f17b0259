import { hashWord } from '../../../shared/similarity/hash32';

/**
 * A collaborator's caret colour, derived from the name the notebook knows them by (the author of
 * their changes), so the same person has the same colour on every screen and in every session.
 * Each slot has a light-theme and a dark-theme colour; the label's text is white on the light one
 * and near-black on the dark one. caretColours.test.ts checks every pair's contrast against
 * the app's own surfaces (renderer/ui/base.css): label text at least 4.5:1, the caret line at least 3:1.
 */
export const CARET_COLOURS: ReadonlyArray<{ light: string; dark: string }> = [
  { light: '#b42318', dark: '#f4a69d' },
  { light: '#1d6b3a', dark: '#8fd3a4' },
  { light: '#1f5fa8', dark: '#9cc3f5' },
  { light: '#7a3db8', dark: '#d2b6f7' },
  { light: '#a3480f', dark: '#f5b880' },
  { light: '#0e6b72', dark: '#7fd3da' },
  { light: '#a32a6e', dark: '#f3a6cf' },
  { light: '#5c6310', dark: '#c9d37f' },
];

/** The label's text on a caret colour, per theme. */
export const CARET_TEXT = { light: '#ffffff', dark: '#0f1720' } as const;

/** The colour slot of a name: the word hash the similarity index uses, so it is stable and spreads names out. */
export function caretSlot(name: string): number {
  return hashWord(name) % CARET_COLOURS.length;
}
