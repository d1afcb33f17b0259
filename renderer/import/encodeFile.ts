import { bytesToBase64 } from './base64';

// About 5 ms of encoding per slice. A multiple of 3, so each slice encodes without
// padding and the pieces join into one base64 string.
const SLICE_BYTES = 3 * 64 * 1024;

/** Lets the page paint and handle input between pieces of work. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Base64 of a file, read and encoded a slice at a time with a pause between
 * slices, so a 50 MB PDF never freezes the window while it is prepared.
 */
export async function encodeFile(file: Blob): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < file.size; start += SLICE_BYTES) {
    const bytes = new Uint8Array(await file.slice(start, start + SLICE_BYTES).arrayBuffer());
    parts.push(bytesToBase64(bytes));
    if (start + SLICE_BYTES < file.size) await yieldToUi();
  }
  return parts.join('');
}
