// Child process for the interrupted-write tests: imports one text and is killed after a new file
// is written to its temp file but before the rename: notebook.json (`notebook`, the default) or
// the source's shard (`sources`), which a save writes first.
import { sep } from 'node:path';
import { NotebookSession } from '../../../electron/session/notebookSession';

const [notebookDir, at = 'notebook'] = process.argv.slice(2);
if (!notebookDir) throw new Error('usage: crashDuringWrite DIR [notebook|sources]');
const dies = (temp: string) =>
  at === 'sources' ? temp.includes(`${sep}sources${sep}`) : temp.includes('notebook.json');
const session = await NotebookSession.open({
  notebookDir,
  userDataDir: null,
  storeOptions: {
    hooks: {
      beforeRename: (temp) => {
        if (dies(temp)) process.kill(process.pid, 'SIGKILL');
      },
    },
  },
});
await session.importText('Second story that never lands.\nIt is lost in the crash.');
