import type { z } from 'zod';
import type { CallName } from './callNames';
import type { CallDef } from './callDef';
import { claimCalls } from './claimCalls';
import { entityCalls } from './entityCalls';
import { highlightCalls } from './highlightCalls';
import { notebookCalls } from './notebookCalls';
import { noteCalls } from './noteCalls';
import { noteSyncCalls } from './noteSyncCalls';
import { packetCalls } from './packetCalls';
import { questionCalls } from './questionCalls';
import { quoteCalls } from './quoteCalls';
import { searchCalls } from './searchCalls';
import { sourceCalls } from './sourceCalls';
import { syncCalls } from './syncCalls';

/** Every call, gathered from one file per feature (`<feature>Calls.ts`). */
export const contract = {
  ...notebookCalls,
  ...sourceCalls,
  ...highlightCalls,
  ...entityCalls,
  ...claimCalls,
  ...noteCalls,
  ...searchCalls,
  ...packetCalls,
  ...quoteCalls,
  ...questionCalls,
  ...syncCalls,
  ...noteSyncCalls,
} satisfies { [K in CallName]: CallDef<z.ZodType, unknown> };

export type Contract = typeof contract;
export type { CallDef };
export type InputOf<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends CallName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends CallName> = NonNullable<Contract[K]['result']>;

/** The typed surface the renderer sees, whichever transport carries it. */
export type Api = { [K in CallName]: (input: InputOf<K>) => Promise<ResultOf<K>> };

/** Handlers receive already-validated input. */
export type Handlers = { [K in CallName]: (input: ParsedInputOf<K>) => Promise<ResultOf<K>> };

/** The handlers of some calls: what one feature's module provides. */
export type HandlersOf<K extends CallName> = Pick<Handlers, K>;
