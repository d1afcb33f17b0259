import { z } from 'zod';

/** The signature sits beside the manifest, unlisted in it: it signs the manifest's exact bytes. */
export const SIGNATURE_PATH = 'manifest.sig.json';

export const packetSignatureSchema = z.strictObject({
  version: z.literal(1),
  algorithm: z.literal('Ed25519'),
  /** The signing key's public half: base64 of its SubjectPublicKeyInfo (DER). */
  publicKey: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  /** Base64 Ed25519 signature over the bytes of manifest.json. */
  signature: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type PacketSignature = z.infer<typeof packetSignatureSchema>;

/** What `verify` can say about who made a packet. */
export type SignatureCheck =
  | { state: 'signed'; fingerprint: string; name: string }
  | { state: 'unsigned' }
  | { state: 'broken'; reason: string; fingerprint?: string };

/** A fingerprint as people compare it: 64 hex digits in groups of four. */
export function formatFingerprint(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/** The lines `verify` prints about the digest and the signature: what they prove and what they do not. */
export function explainVerification(digest: string, signature: SignatureCheck, intact: boolean): string[] {
  const lines = [
    `Packet digest (SHA-256 over the manifest's file list): ${digest}`,
    intact
      ? 'Intact means every file is the one the manifest lists, unchanged, and nothing was added. It does not say who made the packet: anyone can rewrite a file and compute a new manifest.'
      : 'Not intact: some file is not the one the manifest lists (see above).',
  ];
  if (signature.state === 'signed')
    lines.push(
      `Signed by ${signature.fingerprint} (${signature.name}): the manifest was signed with that notebook's key, so no file was changed after signing. Compare the fingerprint with one the reporter gave you another way; a signature does not prove who holds the key, nor that the sources say true things.`,
    );
  else if (signature.state === 'unsigned')
    lines.push('Unsigned: nothing shows who made this packet or that its manifest was not recomputed.');
  else lines.push(`Signature broken: ${signature.reason}`);
  return lines;
}
