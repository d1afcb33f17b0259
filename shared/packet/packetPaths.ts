const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Longest entry name a packet may hold; ours stay well under it. */
export const MAX_ENTRY_NAME = 512;

export const RECORDS_PATH = 'data/records.json';

/** Every path a packet of this version may contain; anything else makes an import refuse it. */
const KNOWN_PATHS: readonly RegExp[] = [
  /^manifest\.json$/,
  /^manifest\.sig\.json$/,
  /^index\.html$/,
  /^annotations\.jsonld$/,
  /^bibliography\.(json|bib|ris)$/,
  /^(claims|entities|highlights|questions|reliability|timeline)\.csv$/,
  /^data\/records\.json$/,
  /^notes\/[a-z0-9][a-z0-9-]{0,79}\.(md|docx)$/,
  new RegExp(
    `^sources/${UUID}/(text\\.txt|source\\.json|extraction\\.json|original\\.[a-z0-9]{1,10}(\\.txt)?)$`,
  ),
];

/** True when a packet of this version can contain the path. */
export function isKnownPacketPath(path: string): boolean {
  return KNOWN_PATHS.some((p) => p.test(path));
}

/**
 * Why a zip entry name could escape the folder it is unpacked into or mean
 * different files on different systems, or null when it is safe.
 */
export function unsafeEntryReason(name: string): string | null {
  if (name.length === 0) return 'an entry has an empty name';
  if (name.length > MAX_ENTRY_NAME) return 'an entry name is too long';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    return `the entry name “${printable(name)}” contains control characters`;
  if (name.includes('\\')) return `the entry name “${printable(name)}” contains a backslash`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    return `the entry “${printable(name)}” has an absolute path`;
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..'))
    return `the entry “${printable(name)}” points outside the packet (“..”)`;
  if (segments.some((s) => s === '' || s === '.'))
    return `the entry name “${printable(name)}” has an empty or “.” part`;
  return null;
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** The file extension an original is stored under: from its file name, else its media type, else "bin". */
export function originalExtension(fileName: string | null, mediaType: string): string {
  const fromName = fileName?.toLowerCase().match(/\.([a-z0-9]{1,10})$/)?.[1];
  if (fromName) return fromName;
  const type = mediaType.toLowerCase().split(';')[0]?.trim() ?? '';
  const known: Record<string, string> = {
    'text/html': 'html',
    'application/xhtml+xml': 'html',
    'text/plain': 'txt',
    'application/pdf': 'pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'text/markdown': 'md',
  };
  return known[type] ?? 'bin';
}

/**
 * Types a browser opens inertly from a folder (shown, downloaded or handed to another program, never
 * run). An original of any other type (a web page, an SVG, XML with a style sheet…) could run script,
 * send beacons or redirect when a reader opens it from the packet.
 */
const INERT_EXTENSIONS = new Set(['txt', 'md', 'pdf', 'docx', 'doc', 'odt', 'rtf', 'csv', 'json', 'bin']);

/**
 * The extension an original is written into a packet under (after `original.`): its own when inert,
 * else its own followed by `.txt` (`original.html.txt`), so opening it shows its bytes as text.
 * The bytes and their hash are the same either way.
 */
export function packetOriginalExtension(fileName: string | null, mediaType: string): string {
  const ext = originalExtension(fileName, mediaType);
  return INERT_EXTENSIONS.has(ext) ? ext : `${ext}.txt`;
}
