import { createContext, useContext, useEffect, useRef } from 'react';
import type { Api } from '../../shared/contract/contract';
import type { AppEvents } from './appEvents';

/** The one way components and hooks reach the notebook. */
export const ApiContext = createContext<Api | null>(null);

/** Events from the host (menu choices in Electron); silent on the web host. */
export const AppEventsContext = createContext<AppEvents>({ subscribe: () => () => undefined });

/** The Api chosen at start-up; throws if a component is rendered outside the provider. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiContext provider above it.');
  return api;
}

/** Runs `handler` whenever the host sends an event of one of `types`. */
export function useAppEvent(types: readonly string[], handler: () => void): void {
  const events = useContext(AppEventsContext);
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  const key = types.join(',');
  useEffect(() => {
    const wanted = key.split(',');
    return events.subscribe((type) => {
      if (wanted.includes(type)) handlerRef.current();
    });
  }, [events, key]);
}
