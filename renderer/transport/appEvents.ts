/** Things the host tells the page unprompted (in Electron: menu choices). The web host sends none. */
export interface AppEvents {
  /** Calls `listener` with each event's type; returns a function that stops listening. */
  subscribe(listener: (type: string) => void): () => void;
}

interface EventBridge {
  onEvent(listener: (event: { type: string }) => void): () => void;
}

const silent: AppEvents = { subscribe: () => () => undefined };

/** Events from the preload's bridge when it offers them; otherwise a source that never fires. */
export function appEventsFrom(bridge: unknown): AppEvents {
  const onEvent = (bridge as Partial<EventBridge> | undefined)?.onEvent;
  if (typeof onEvent !== 'function') return silent;
  return { subscribe: (listener) => onEvent.call(bridge, (event) => listener(event.type)) };
}
