import { z } from 'zod';
import { call } from './callDef';
import type { NotebookInfo } from './results';

const pathInput = z.string().trim().min(1, 'a folder is required').max(4096);

export const notebookCalls = {
  getNotebookInfo: call<NotebookInfo>()('Describe the open notebook', z.object({}).strict(), {
    readOnly: true,
  }),
  openNotebook: call<NotebookInfo>()(
    'Open an existing notebook folder',
    z.object({ path: pathInput }).strict(),
  ),
  createNotebook: call<NotebookInfo>()(
    'Create a notebook in an empty or new folder and open it',
    z.object({ path: pathInput, name: z.string().trim().min(1).max(200) }).strict(),
  ),
};
