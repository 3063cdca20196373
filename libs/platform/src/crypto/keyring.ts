import { hkdfSync } from 'node:crypto';
import { isPublishedSecret } from './published-secrets';

/**
 * A keyring setting: `id:secret[,id:secret…]`. The first key is the current one (new
 * ciphertexts and hashes use it); the others stay readable until everything is
 * re-keyed (scripts/rekey-pupil-numbers.ts). The id is stored with each value, so a
 * reader knows which key made it.
 */
export interface KeyringEntry {
  readonly id: string;
  readonly secret: string;
}

/** Values stored before key ids existed carry none; the entry with this id reads them. */
export const LEGACY_KEY_ID = 'legacy';

export const MIN_SECRET_LENGTH = 32;
const KEY_ID = /^[a-z0-9][a-z0-9-]{0,15}$/;

export class KeyringError extends Error {}

/** Problems with a secret, never quoting it. Empty when it is fit for use. */
export function secretProblems(secret: string): string[] {
  const problems: string[] = [];
  if (secret.length < MIN_SECRET_LENGTH) problems.push(`must be at least ${MIN_SECRET_LENGTH} characters`);
  else if (new Set(secret).size < 10) problems.push('has too few distinct characters to be random');
  if (isPublishedSecret(secret)) problems.push('is a value that was published in the repository; generate a new one');
  return problems;
}

/**
 * Parses a keyring setting. Every key but `legacy` must be a fit secret; `legacy` may
 * hold an old (even published) secret so existing values can be read and re-keyed.
 */
export function parseKeyring(setting: string): KeyringEntry[] {
  const entries = setting.split(',').map((part) => part.trim()).filter(Boolean).map((part, index) => {
    const colon = part.indexOf(':');
    if (colon < 1) throw new KeyringError(`key ${index + 1} is not written as id:secret`);
    const id = part.slice(0, colon);
    const secret = part.slice(colon + 1);
    if (!KEY_ID.test(id)) throw new KeyringError(`key ${index + 1} has an invalid id (lower-case letters, digits and '-', at most 16)`);
    if (id !== LEGACY_KEY_ID) {
      const problems = secretProblems(secret);
      if (problems.length) throw new KeyringError(`key '${id}' ${problems.join('; ')}`);
    } else if (index === 0) {
      throw new KeyringError(`the '${LEGACY_KEY_ID}' key can only be read with, so it cannot be the first (current) key`);
    }
    return { id, secret };
  });
  if (entries.length === 0) throw new KeyringError('needs at least one key');
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) throw new KeyringError('has a key id twice');
  return entries;
}

/** The secrets of a keyring setting in use for new values or reads (not `legacy`), for checks that settings do not share one. */
export function keyringSecrets(setting: string): string[] {
  try {
    return parseKeyring(setting).filter((e) => e.id !== LEGACY_KEY_ID).map((e) => e.secret);
  } catch {
    return [];
  }
}

/** A 32-byte key for one purpose from a secret (HKDF-SHA256); purposes never share a key. */
export function deriveKey(secret: string, salt: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, purpose, 32));
}

export interface KeyPurpose {
  /** HKDF salt: the context that owns the keys (e.g. the service). */
  readonly salt: string;
  /** HKDF info: what the key is for. */
  readonly purpose: string;
}
