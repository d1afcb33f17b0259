/** The five highlight colours: names are the non-colour cue wherever a colour is chosen or listed. */
export const HIGHLIGHT_COLORS = [
  { value: 1, name: 'Yellow' },
  { value: 2, name: 'Green' },
  { value: 3, name: 'Blue' },
  { value: 4, name: 'Pink' },
  { value: 5, name: 'Purple' },
] as const;

/** The colour's name for labels and screen readers. */
export function colorName(value: number): string {
  return HIGHLIGHT_COLORS.find((c) => c.value === value)?.name ?? 'Yellow';
}

/** Id of the transient span a deep link flashes; never a highlight id. */
export const FLASH_ID = '~flash';
