import { describe, expect, it, vi } from 'vitest';
import { isOpenInEditor, registerOpenEditor } from './lastEditedNote';

const NOTE = '01900000-0000-7000-8000-0000000000aa';
const OTHER = '01900000-0000-7000-8000-0000000000bb';

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

/** The module as a restarted app loads it, over a storage that already holds nb-a's last note. */
async function restarted() {
  const saved = new Map<string, string>([['rn.lastNote.nb-a', NOTE]]);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => saved.get(key) ?? null,
    setItem: (key: string, value: string) => void saved.set(key, value),
    removeItem: (key: string) => void saved.delete(key),
  });
  vi.resetModules();
  return { saved, fresh: await import('./lastEditedNote') };
}

describe('the last note, per notebook across restarts', () => {
  it('is read back for its notebook, kept apart from another, and forgotten when trashed', async () => {
    const { saved, fresh } = await restarted();
    try {
      expect(fresh.lastEditedNoteId()).toBeNull();
      fresh.setNotebookScope('nb-a');
      expect(fresh.lastEditedNoteId()).toBe(NOTE);
      // Another notebook: its own note, never the previous notebook's.
      fresh.setNotebookScope('nb-b');
      expect(fresh.lastEditedNoteId()).toBeNull();
      fresh.rememberEditedNote(OTHER);
      expect(saved.get('rn.lastNote.nb-b')).toBe(OTHER);
      fresh.forgetEditedNote(OTHER);
      expect(saved.has('rn.lastNote.nb-b')).toBe(false);
      expect(saved.get('rn.lastNote.nb-a')).toBe(NOTE);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a note opened before the notebook was known', async () => {
    const { saved, fresh } = await restarted();
    try {
      fresh.rememberEditedNote(OTHER);
      fresh.setNotebookScope('nb-a');
      expect(fresh.lastEditedNoteId()).toBe(OTHER);
      expect(saved.get('rn.lastNote.nb-a')).toBe(OTHER);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
