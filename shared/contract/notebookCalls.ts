import { z } from 'zod';
import { call } from './callDef';
import { folderPathSchema } from './folderPath';
import type { FolderChoice, NotebookInfo } from './results';

/** Named in full, no control characters, broken Unicode or ".." steps (see folderPathProblem). */
const pathInput = folderPathSchema;

export const notebookCalls = {
  getNotebookInfo: call<NotebookInfo>()('Describe the open notebook', z.object({}).strict(), {
    readOnly: true,
  }),
  openNotebook: call<NotebookInfo>()(
    'Open an existing notebook folder',
    z.object({ path: pathInput }).strict(),
  ),
  chooseNotebookFolder: call<FolderChoice>()(
    'Ask for a notebook folder with the system folder picker (where NotebookInfo.folderPicker says there is one)',
    z.object({}).strict(),
    { readOnly: true },
  ),
  createNotebook: call<NotebookInfo>()(
    'Create a notebook in an empty or new folder and open it',
    z.object({ path: pathInput, name: z.string().trim().min(1).max(200) }).strict(),
  ),
};
