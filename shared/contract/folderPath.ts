import { z } from 'zod';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** "/home/…", "C:\…", "C:/…" or "\\server\share\…": a folder named in full, not relative to the host's cwd. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * Why a folder path typed or sent by the page cannot be used, or null. Shared by openNotebook and
 * createNotebook: no control characters (NUL, newlines), no broken Unicode, no ".." steps (with either
 * slash, since a Windows path may arrive on any host), and named in full.
 */
export function folderPathProblem(path: string): string | null {
  if (CONTROL.test(path)) return 'the folder name contains a control character (such as a line break)';
  if (LONE_SURROGATE.test(path)) return 'the folder name contains broken characters';
  if (path.split(/[\\/]/).some((step) => step === '..')) return 'the folder path must not contain “..”';
  if (!ABSOLUTE.test(path)) return 'give the full path of the folder, such as /home/me/Notebook';
  return null;
}

export const folderPathSchema = z
  .string()
  .trim()
  .min(1, 'a folder is required')
  .max(4096)
  .superRefine((path, ctx) => {
    const problem = folderPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
