import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, defaultRetryDelay, type NoteDoc, type SaveState } from './autosaver';
import { EditingClock } from './editingClock';

const doc = (text: string): NoteDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(fail: () => boolean = () => false) {
    const saved: Array<{ doc: NoteDoc; allowEmpty: boolean }> = [];
    const states: SaveState['status'][] = [];
    let release: (() => void) | null = null;
    let hold = false;
    const saver = new Autosaver({
      save: async (d, allowEmpty) => {
        if (hold) await new Promise<void>((r) => (release = r));
        if (fail()) throw new Error('The disk is full.');
        saved.push({ doc: d, allowEmpty });
      },
      onState: (s) => states.push(s.status),
      retryDelayMs: () => 5000,
    });
    return {
      saver,
      saved,
      states,
      holdNext: () => (hold = true),
      release: () => {
        hold = false;
        release?.();
      },
    };
  }

  it('saves once, 700 ms after the last change, with the newest text', async () => {
    const { saver, saved, states } = setup();
    saver.changed(() => ({ doc: doc('a'), allowEmpty: false }));
    await vi.advanceTimersByTimeAsync(500);
    saver.changed(() => ({ doc: doc('ab'), allowEmpty: false }));
    await vi.advanceTimersByTimeAsync(699);
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved.map((s) => s.doc)).toEqual([doc('ab')]);
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('never runs two saves at once, and saves what changed during a save afterwards', async () => {
    const { saver, saved, holdNext, release } = setup();
    holdNext();
    saver.changed(() => ({ doc: doc('one'), allowEmpty: false }));
    await vi.advanceTimersByTimeAsync(700);
    saver.changed(() => ({ doc: doc('two'), allowEmpty: false }));
    await vi.advanceTimersByTimeAsync(700);
    expect(saved).toHaveLength(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((s) => s.doc)).toEqual([doc('one'), doc('two')]);
  });

  it('shows the error and keeps retrying until a save succeeds', async () => {
    let failing = true;
    const { saver, saved, states } = setup(() => failing);
    saver.changed(() => ({ doc: doc('x'), allowEmpty: false }));
    await vi.advanceTimersByTimeAsync(700);
    expect(states.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(states.filter((s) => s === 'error')).toHaveLength(2);
    saver.changed(() => ({ doc: doc('xy'), allowEmpty: false }));
    expect(states.at(-1)).toBe('error');
    failing = false;
    await vi.advanceTimersByTimeAsync(700);
    expect(saved.map((s) => s.doc)).toEqual([doc('xy')]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.unsaved).toBe(false);
  });

  it('passes allowEmpty through and flushes on demand; a flush with nothing to save says nothing', async () => {
    const { saver, saved, states } = setup();
    await saver.flush();
    expect(states).toEqual([]);
    saver.changed(() => ({ doc: { type: 'doc', content: [{ type: 'paragraph' }] }, allowEmpty: true }));
    await saver.flush();
    expect(saved).toEqual([{ doc: { type: 'doc', content: [{ type: 'paragraph' }] }, allowEmpty: true }]);
  });

  it('backs off from one second to at most thirty', () => {
    expect([1, 2, 3, 6, 10].map(defaultRetryDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});

describe('EditingClock', () => {
  const min = 60_000;
  it('counts editing time, not idle time, towards a snapshot every ten minutes', () => {
    const clock = new EditingClock();
    const due: number[] = [];
    // Edits every 30 s for 12 minutes: due once, at the 10-minute mark.
    for (let t = 0; t <= 12 * min; t += 30_000) if (clock.edit(t)) due.push(t);
    expect(due).toEqual([10 * min]);
    // An hour away counts as two minutes at most.
    expect(clock.edit(72 * min)).toBe(false);
  });
});
