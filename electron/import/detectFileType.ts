export type DetectedType = 'pdf' | 'docx' | 'zip' | 'html' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const extensionOf = (fileName: string): string => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Known binary formats by their magic numbers, so a renamed file is not read as text. */
const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // legacy Office
];

/**
 * The type comes from the bytes (magic numbers, HTML sniffing); the extension
 * only breaks ties, e.g. a zip that is a Word file.
 */
export function detectFileType(bytes: Uint8Array, fileName: string): DetectedType {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    return head.includes('word/') || extensionOf(fileName) === 'docx' ? 'docx' : 'zip';
  }
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig))) return 'binary';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  const trimmed = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|!--)/.test(trimmed)) return 'html';
  if (/<html[\s>]/.test(trimmed) && ['html', 'htm'].includes(extensionOf(fileName))) return 'html';
  return 'text';
}
