import { z } from 'zod';
import { idSchema } from '../model/common';
import type { CallName } from './callNames';
import { call, type CallDef } from './callDef';
import { MAX_IMPORT_BYTES } from './limits';
import { claimCalls, entityCalls, highlightCalls } from './highlightCalls';
import { noteCalls } from './noteCalls';
import { packetCalls } from './packetCalls';
import { quoteCalls } from './quoteCalls';
import { searchCalls } from './searchCalls';
import { sourceCalls } from './sourceCalls';
import type { ImportResult, NotebookInfo, SourceSummary, SourceWithText } from './results';

const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASTE_CHARS = 10 * 1024 * 1024;

const pathInput = z.string().trim().min(1, 'a folder is required').max(4096);

export const contract = {
  getNotebookInfo: call<NotebookInfo>()('Describe the open notebook', z.object({}).strict()),
  openNotebook: call<NotebookInfo>()(
    'Open an existing notebook folder',
    z.object({ path: pathInput }).strict(),
  ),
  createNotebook: call<NotebookInfo>()(
    'Create a notebook in an empty or new folder and open it',
    z.object({ path: pathInput, name: z.string().trim().min(1).max(200) }).strict(),
  ),
  listSources: call<SourceSummary[]>()('List every source in the library', z.object({}).strict()),
  getSource: call<SourceWithText>()(
    'Read one source with its clean text',
    z.object({ id: idSchema }).strict(),
  ),
  importFile: call<ImportResult>()(
    'Import a file given as base64 bytes',
    z
      .object({
        fileName: z.string().min(1).max(1024),
        dataBase64: z
          .string()
          .max(MAX_BASE64_CHARS, 'the file is larger than 50 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
  ),
  importText: call<ImportResult>()(
    'Import pasted text as a new source',
    z
      .object({
        text: z.string().max(MAX_PASTE_CHARS, 'the pasted text is longer than 10 million characters'),
        title: z.string().max(500).optional(),
      })
      .strict(),
  ),
  importHtml: call<ImportResult>()(
    'Import pasted HTML (clipboard text/html) as a new source',
    z
      .object({
        html: z.string().min(1).max(MAX_PASTE_CHARS, 'the pasted page is longer than 10 million characters'),
        title: z.string().max(500).optional(),
      })
      .strict(),
  ),
  importUrl: call<ImportResult>()(
    'Capture a web page by its address (http or https)',
    z
      .object({
        url: z
          .string()
          .trim()
          .max(4096)
          .refine(
            (u) => /^https?:\/\/[^\s]+$/i.test(u),
            'only web addresses starting with http:// or https:// can be captured',
          ),
      })
      .strict(),
  ),
  deleteSource: call<{ deleted: true }>()(
    'Remove a source from the notebook',
    z.object({ id: idSchema }).strict(),
  ),
  ...sourceCalls,
  ...highlightCalls,
  ...entityCalls,
  ...claimCalls,
  ...noteCalls,
  ...searchCalls,
  ...packetCalls,
  ...quoteCalls,
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
