import { createContext, useContext } from 'react';
import type { Api } from '../../shared/contract/contract';

/** The one way components and hooks reach the notebook. */
export const ApiContext = createContext<Api | null>(null);

/** The Api chosen at start-up; throws if a component is rendered outside the provider. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiContext provider above it.');
  return api;
}
