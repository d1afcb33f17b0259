// An invitation is one line a reporter can paste: `rn-invite:` and base64url JSON (docs/sync.md).
import { z } from 'zod';
import { isNotebookId, roles, type Role } from './docNames';

const PREFIX = 'rn-invite:';

const invitationSchema = z.object({
  server: z
    .string()
    .regex(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/, 'must be a server address such as http://host:port'),
  notebook: z.string().refine(isNotebookId, 'must be a notebook id'),
  token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'must be a token'),
  role: z.enum(roles as [Role, ...Role[]]),
});
export type Invitation = z.infer<typeof invitationSchema>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url of ASCII text (every field of an invitation is ASCII: its schema says so). */
function toBase64Url(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const n =
      (text.charCodeAt(i) << 16) | ((text.charCodeAt(i + 1) || 0) << 8) | (text.charCodeAt(i + 2) || 0);
    const chars = Math.min(4, text.length - i + 1);
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const group = text.slice(i, i + 4);
    for (let k = 0; k < 4; k++) n = (n << 6) | (k < group.length ? ALPHABET.indexOf(group[k] ?? 'A') : 0);
    const bytes = group.length - 1;
    for (let k = 0; k < bytes; k++) out += String.fromCharCode((n >> (16 - 8 * k)) & 255);
  }
  return out;
}

export function formatInvitation(invitation: Invitation): string {
  // JSON.stringify escapes nothing outside ASCII here: every field is checked ASCII on the way in.
  return PREFIX + toBase64Url(JSON.stringify(invitation));
}

/** The invitation a line holds, or null when it is not one (pasted text is untrusted). */
export function parseInvitation(line: string): Invitation | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith(PREFIX) || trimmed.length > 2000) return null;
  const body = trimmed.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return null;
  try {
    const parsed = invitationSchema.safeParse(JSON.parse(fromBase64Url(body)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
