import { AppError } from '../../shared/errors';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the app had to guess, so the reporter can check the result. */
  note: string | null;
}

function hasNulBytes(bytes: Uint8Array, limit = 8192): boolean {
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes a text file strictly: BOMs are honoured (UTF-8, UTF-16), UTF-8 is
 * decoded with `fatal` so broken bytes are noticed, and text that is not UTF-8
 * falls back to Windows-1252 (the usual culprit) with a note.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', note: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', note: null };
  }
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? bytes.subarray(3)
      : bytes;
  if (hasNulBytes(body)) {
    throw new AppError(
      'IMPORT_FAILED',
      `“${fileName}” looks like a binary file, not text, so it was not imported.`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', note: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      note: `“${fileName}” was not valid UTF-8; it was read as Windows-1252. Check accented letters and quotes.`,
    };
  }
}
