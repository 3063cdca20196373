import { createHmac } from 'node:crypto';
import { KeyPurpose, KeyringEntry, LEGACY_KEY_ID, deriveKey, parseKeyring } from './keyring';

/**
 * Keyed hashes (HMAC-SHA256) to find a value without storing it in the clear, e.g. a
 * pupil by number. Stored as `<keyId>.<hmac>`; a hash without an id was made with the
 * `legacy` key. A lookup tries the hash under every key (`candidates`), so rows not yet
 * re-hashed are still found while a rotation runs.
 */
export class HashKeyring {
  private readonly keys: Array<KeyringEntry & { key: Buffer }>;

  constructor(setting: string, purpose: KeyPurpose) {
    this.keys = parseKeyring(setting).map((e) => ({ ...e, key: deriveKey(e.secret, purpose.salt, purpose.purpose) }));
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  /** The hash under the current key: what new rows store. */
  hash(input: string): string {
    return this.format(this.keys[0], input);
  }

  /** The hash under every key, current first: what a lookup compares with. */
  candidates(input: string): string[] {
    return this.keys.map((k) => this.format(k, input));
  }

  isCurrent(stored: string): boolean {
    return keyIdOfHash(stored) === this.currentKeyId;
  }

  private format(k: KeyringEntry & { key: Buffer }, input: string): string {
    const mac = createHmac('sha256', k.key).update(input).digest('base64url');
    return k.id === LEGACY_KEY_ID ? mac : `${k.id}.${mac}`;
  }
}

export function keyIdOfHash(stored: string): string {
  const dot = stored.indexOf('.');
  return dot < 0 ? LEGACY_KEY_ID : stored.slice(0, dot);
}
