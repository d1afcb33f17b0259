import { describe, expect, it } from 'vitest';
import { callNames, type Handlers } from '../../shared/contract';
import { isReadOnly, trackChanges } from './trackChanges';

/** Handlers that all answer `null`, for watching the wrapper alone. */
function stubHandlers(): Handlers {
  return Object.fromEntries(callNames.map((n) => [n, () => Promise.resolve(null)])) as unknown as Handlers;
}

describe('trackChanges', () => {
  it('reports a change after every call the contract does not declare read-only, and only those', async () => {
    const changed: string[] = [];
    let last = '';
    const handlers = trackChanges(stubHandlers(), () => changed.push(last));
    for (const name of callNames) {
      last = name;
      await (handlers[name] as (input: unknown) => Promise<unknown>)({});
    }
    expect(changed).toEqual(callNames.filter((n) => !isReadOnly(n)));
  });

  it('reports a change even when the call fails (part of it may have been written)', async () => {
    let changes = 0;
    const failing = { ...stubHandlers(), deleteSource: () => Promise.reject(new Error('disk full')) };
    const handlers = trackChanges(failing, () => changes++);
    await expect(handlers.deleteSource({ id: 'x' })).rejects.toThrow('disk full');
    expect(changes).toBe(1);
  });

  it.each([
    ['search', true],
    ['getSource', true],
    ['startPacketExport', true],
    ['startPacketImport', false],
    ['saveNote', false],
    ['rejectSuggestion', false],
  ] as const)('%s is read-only: %s', (name, readOnly) => {
    expect(isReadOnly(name)).toBe(readOnly);
  });
});
