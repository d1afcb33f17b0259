// Kept free of imports so the sandboxed preload can bundle it.

/** The one main -> renderer channel; the renderer only ever listens on it through the preload. */
export const APP_EVENT_CHANNEL = 'rn:event';

/** Things the main process tells the page about, mostly because a menu item was chosen. */
export const appEventTypes = ['library-changed', 'notebook-changed', 'new-note', 'find'] as const;

export type AppEventType = (typeof appEventTypes)[number];

export interface AppEvent {
  type: AppEventType;
}

/** True for a well-formed app event; the preload drops anything else before it reaches the page. */
export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (appEventTypes as readonly string[]).includes(type);
}
