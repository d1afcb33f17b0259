// Child process for the interrupted-write test: imports one text and is killed
// after the new notebook.json is written to its temp file but before the rename.
import { NotebookSession } from '../../../electron/session/notebookSession';

const [notebookDir] = process.argv.slice(2);
if (!notebookDir) throw new Error('usage: crashDuringWrite DIR');
const session = await NotebookSession.open({
  notebookDir,
  userDataDir: null,
  storeOptions: {
    hooks: {
      beforeRename: (temp) => {
        if (temp.includes('notebook.json')) process.kill(process.pid, 'SIGKILL');
      },
    },
  },
});
await session.importText('Second story that never lands.\nIt is lost in the crash.');
