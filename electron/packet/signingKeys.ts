import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { idSchema, timestampSchema } from '../../shared/model/common';
import {
  formatFingerprint,
  packetSignatureSchema,
  type PacketSignature,
  type SignatureCheck,
} from '../../shared/packet/packetSignature';
import { writeFileDurable } from '../store/durableWrite';
import { userDataDirOutsideElectron } from '../userDataDir';

/** Where signing keys live: the user-data folder, never the notebook (which is shared) or a packet. */
export const defaultKeyDir = (userDataDir: string = userDataDirOutsideElectron()): string =>
  join(userDataDir, 'signing-keys');

const keyFileSchema = z.strictObject({
  version: z.literal(1),
  notebookId: idSchema,
  name: z.string().max(1000),
  createdAt: timestampSchema,
  publicKey: z.string(),
  privateKey: z.string(),
});

export interface SigningKey {
  notebookId: string;
  name: string;
  createdAt: string;
  fingerprint: string;
  /** SubjectPublicKeyInfo, base64 DER. */
  publicKey: string;
  privateKey: KeyObject;
}

/** SHA-256 of the key's SubjectPublicKeyInfo, grouped: what a reporter reads out to an editor. */
export function fingerprintOf(publicKeyDer: Uint8Array): string {
  return formatFingerprint(createHash('sha256').update(publicKeyDer).digest('hex'));
}

const keyPath = (dir: string, notebookId: string): string => join(dir, `${idSchema.parse(notebookId)}.json`);

function toKey(raw: z.infer<typeof keyFileSchema>): SigningKey {
  const der = Buffer.from(raw.publicKey, 'base64');
  return {
    notebookId: raw.notebookId,
    name: raw.name,
    createdAt: raw.createdAt,
    fingerprint: fingerprintOf(der),
    publicKey: raw.publicKey,
    privateKey: createPrivateKey({
      key: Buffer.from(raw.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    }),
  };
}

/** The notebook's signing key, or null when it has none yet. A damaged key file is an error, never replaced. */
export async function readSigningKey(dir: string, notebookId: string): Promise<SigningKey | null> {
  let text: string;
  try {
    text = await readFile(keyPath(dir, notebookId), 'utf8');
  } catch {
    return null;
  }
  const parsed = keyFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success || parsed.data.notebookId !== notebookId)
    throw new AppError('INVALID_INPUT', `The signing key file for this notebook in ${dir} is damaged.`);
  return toKey(parsed.data);
}

/** The notebook's signing key, created (Ed25519) on first use and kept readable by this user only. */
export async function signingKeyFor(
  dir: string,
  notebookId: string,
  name: string,
  now: string,
): Promise<SigningKey> {
  const existing = await readSigningKey(dir, notebookId);
  if (existing) return existing;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const file = {
    version: 1 as const,
    notebookId,
    name,
    createdAt: now,
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFileDurable(keyPath(dir, notebookId), `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  return toKey(file);
}

/** The signature file for a manifest's exact bytes. */
export function signManifest(key: SigningKey, manifest: Uint8Array): PacketSignature {
  return {
    version: 1,
    algorithm: 'Ed25519',
    publicKey: key.publicKey,
    signature: sign(null, manifest, key.privateKey).toString('base64'),
  };
}

/** Checks a packet's signature file (if any) against its manifest bytes; never throws for bad input. */
export function checkSignature(
  signatureFile: Uint8Array | undefined,
  manifest: Uint8Array,
  signerName: string,
): SignatureCheck {
  if (!signatureFile) return { state: 'unsigned' };
  let parsed: PacketSignature;
  try {
    parsed = packetSignatureSchema.parse(JSON.parse(new TextDecoder().decode(signatureFile)));
  } catch {
    return { state: 'broken', reason: 'the signature file is not a signature this app can read.' };
  }
  const der = Buffer.from(parsed.publicKey, 'base64');
  let key: KeyObject;
  try {
    key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not Ed25519');
  } catch {
    return { state: 'broken', reason: 'the signature names a key that is not an Ed25519 public key.' };
  }
  const fingerprint = fingerprintOf(der);
  const ok = verify(null, manifest, key, Buffer.from(parsed.signature, 'base64'));
  return ok
    ? { state: 'signed', fingerprint, name: signerName }
    : {
        state: 'broken',
        fingerprint,
        reason: `the manifest is not the one key ${fingerprint} signed: it was changed or recomputed after signing.`,
      };
}
