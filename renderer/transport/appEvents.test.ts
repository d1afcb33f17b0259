import { describe, expect, it, vi } from 'vitest';
import { appEventsFrom } from './appEvents';

describe('appEventsFrom', () => {
  it('is silent when the bridge has no events (the web host)', () => {
    const listener = vi.fn();
    for (const bridge of [undefined, null, {}, { onEvent: 'no' }]) {
      const stop = appEventsFrom(bridge).subscribe(listener);
      expect(typeof stop).toBe('function');
    }
    expect(listener).not.toHaveBeenCalled();
  });

  it('passes event types through and can stop', () => {
    const stop = vi.fn();
    let emit: (event: { type: string }) => void = () => undefined;
    const bridge = {
      onEvent(listener: (event: { type: string }) => void) {
        emit = listener;
        return stop;
      },
    };
    const listener = vi.fn();
    const unsubscribe = appEventsFrom(bridge).subscribe(listener);
    emit({ type: 'library-changed' });
    expect(listener).toHaveBeenCalledWith('library-changed');
    unsubscribe();
    expect(stop).toHaveBeenCalled();
  });
});
