import { MAX_IMPORT_BYTES } from '../../shared/contract/limits';

/** A file as the picker, a folder or a drop hands it over (only what triage looks at). */
export interface ChosenFile {
  name: string;
  size: number;
  /** Path inside a chosen folder, e.g. "Sources/2026/page.html"; empty otherwise. */
  webkitRelativePath?: string;
}

export type Triage = { send: true } | { send: false; hidden: boolean; reason: string };

const KINDS: Array<[string, string[]]> = [
  [
    'an image',
    ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'ico', 'svg', 'raw', 'psd'],
  ],
  ['an audio file', ['mp3', 'wav', 'm4a', 'aac', 'ogg', 'oga', 'flac', 'opus', 'aiff']],
  ['a video', ['mp4', 'mov', 'm4v', 'avi', 'mkv', 'webm', 'wmv', 'mpg', 'mpeg']],
  ['an archive', ['zip', 'gz', 'tgz', 'tar', 'rar', '7z', 'bz2', 'xz']],
  [
    'a program or disk image',
    ['exe', 'dll', 'so', 'dylib', 'dmg', 'iso', 'msi', 'app', 'bin', 'apk', 'deb', 'rpm'],
  ],
  ['a font', ['ttf', 'otf', 'woff', 'woff2']],
  ['a spreadsheet or slide deck', ['xls', 'xlsx', 'ods', 'numbers', 'ppt', 'pptx', 'odp', 'key']],
  ['code or data, not an article', ['js', 'mjs', 'css', 'json', 'xml', 'yml', 'yaml', 'map', 'sqlite', 'db']],
];
const KIND_BY_EXTENSION = new Map(
  KINDS.flatMap(([kind, extensions]) => extensions.map((e) => [e, kind] as const)),
);

// Left behind by operating systems and office programs; never something a reporter chose.
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);

const extensionOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Whether a chosen file is worth sending to the importer. Hidden and system files
 * (anything under a dot-folder too) and files that are plainly not articles are
 * skipped with a reason, so a folder import does not fill the list with refusals.
 */
export function triageFile(file: ChosenFile): Triage {
  const segments = (file.webkitRelativePath || file.name).split('/');
  const name = file.name;
  if (
    segments.some((part) => part.startsWith('.')) ||
    name.startsWith('~$') ||
    SYSTEM_FILES.has(name.toLowerCase())
  ) {
    return { send: false, hidden: true, reason: 'it is a hidden or system file' };
  }
  const kind = KIND_BY_EXTENSION.get(extensionOf(name));
  if (kind) return { send: false, hidden: false, reason: `it is ${kind}` };
  if (file.size > MAX_IMPORT_BYTES) return { send: false, hidden: false, reason: 'it is larger than 50 MB' };
  return { send: true };
}

/** Files from a folder in a stable, human order (by path, numbers compared as numbers). */
export function sortByPath<T extends ChosenFile>(files: readonly T[]): T[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...files].sort((a, b) =>
    collator.compare(a.webkitRelativePath || a.name, b.webkitRelativePath || b.name),
  );
}
