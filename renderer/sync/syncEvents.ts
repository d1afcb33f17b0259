import type { AppEvents } from '../transport/appEvents';

/**
 * Events the page raises itself about sync: `sync-changed` when others' changes were written into
 * the open notebook, so each view reloads what it shows (the same way it answers a host event).
 */
const listeners = new Set<(type: string) => void>();

export function emitSyncEvent(type: 'sync-changed'): void {
  for (const listener of [...listeners]) listener(type);
}

/** The host's events and the page's sync events, as one source for AppEventsContext. */
export function withSyncEvents(host: AppEvents): AppEvents {
  return {
    subscribe(listener) {
      const stopHost = host.subscribe(listener);
      listeners.add(listener);
      return () => {
        stopHost();
        listeners.delete(listener);
      };
    },
  };
}
