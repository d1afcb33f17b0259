import { describe, expect, it } from 'vitest';
import { isOpenInEditor, registerOpenEditor } from './lastEditedNote';

const NOTE = '01900000-0000-7000-8000-0000000000aa';

describe('open editors', () => {
  it('counts each editor holding a note, so closing one of two keeps the note open', () => {
    expect(isOpenInEditor(NOTE)).toBe(false);
    const first = registerOpenEditor(NOTE);
    const second = registerOpenEditor(NOTE);
    first();
    expect(isOpenInEditor(NOTE)).toBe(true);
    second();
    expect(isOpenInEditor(NOTE)).toBe(false);
  });
});
