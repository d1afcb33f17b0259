// An invitation is one line a reporter can paste: `rn-invite:` and base64url JSON (docs/sync.md).
import { z } from 'zod';
import { isNotebookId, roles, type Role } from './docNames';

const PREFIX = 'rn-invite:';

const invitationSchema = z.object({
  server: z.string().regex(/^https?:\/\/[^\s/]+$/, 'must be a server address such as http://host:port'),
  notebook: z.string().refine(isNotebookId, 'must be a notebook id'),
  token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'must be a token'),
  role: z.enum(roles as [Role, ...Role[]]),
});
export type Invitation = z.infer<typeof invitationSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function formatInvitation(invitation: Invitation): string {
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
