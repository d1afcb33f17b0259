import { describe, expect, it } from 'vitest';
import { appEventTypes, isAppEvent } from './appEvents';

describe('isAppEvent', () => {
  it.each(appEventTypes.map((type) => [{ type }]))('accepts %o', (value) => {
    expect(isAppEvent(value)).toBe(true);
  });

  it.each([null, undefined, 'find', { type: 'delete-everything' }, { type: 42 }, {}, []])(
    'rejects %o',
    (value) => {
      expect(isAppEvent(value)).toBe(false);
    },
  );
});
