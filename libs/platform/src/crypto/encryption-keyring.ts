import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KeyPurpose, KeyringError, LEGACY_KEY_ID, deriveKey, parseKeyring } from './keyring';

const FORMAT = 'v2';
const LEGACY_FORMAT = 'v1';
const BYTES_FORMAT = 'v2b';

/**
 * AES-256-GCM with a key ring: encrypts with the current key, decrypts with whichever
 * key made the value. Stored as `v2.<keyId>.<iv>.<tag>.<data>` (base64url), the key id
 * bound as additional authenticated data. `v1.<iv>.<tag>.<data>` (before key ids) is
 * read with the `legacy` key.
 */
export class EncryptionKeyring {
  private readonly keys: Map<string, Buffer>;
  readonly currentKeyId: string;

  constructor(setting: string, purpose: KeyPurpose) {
    const entries = parseKeyring(setting);
    this.currentKeyId = entries[0].id;
    this.keys = new Map(entries.map((e) => [e.id, deriveKey(e.secret, purpose.salt, purpose.purpose)]));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(this.currentKeyId));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const parts = stored.split('.');
    const [format] = parts;
    const [keyId, iv, tag, data] = format === FORMAT && parts.length === 5 ? parts.slice(1) : format === LEGACY_FORMAT && parts.length === 4 ? [LEGACY_KEY_ID, ...parts.slice(1)] : [];
    if (keyId === undefined) throw new KeyringError('unknown ciphertext format');
    const key = this.keys.get(keyId);
    if (!key) throw new KeyringError(`no key '${keyId}' in the key ring`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    if (format === FORMAT) decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /**
   * Binary values (documents): `v2b.<keyId>.` then iv (12), tag (16) and the ciphertext,
   * raw bytes; the key id bound as additional authenticated data.
   */
  encryptBytes(plaintext: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(this.currentKeyId));
    const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from(`${BYTES_FORMAT}.${this.currentKeyId}.`), iv, cipher.getAuthTag(), data]);
  }

  decryptBytes(stored: Buffer): Buffer {
    const prefix = `${BYTES_FORMAT}.`;
    const end = stored.indexOf('.', prefix.length);
    if (stored.subarray(0, prefix.length).toString() !== prefix || end < 0 || end > prefix.length + 16) throw new KeyringError('unknown ciphertext format');
    const keyId = stored.subarray(prefix.length, end).toString();
    const key = this.keys.get(keyId);
    if (!key) throw new KeyringError(`no key '${keyId}' in the key ring`);
    const body = stored.subarray(end + 1);
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, 12));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(body.subarray(12, 28));
    return Buffer.concat([decipher.update(body.subarray(28)), decipher.final()]);
  }

  isCurrent(stored: string): boolean {
    return stored.startsWith(`${FORMAT}.${this.currentKeyId}.`);
  }

  /** As isCurrent, for what encryptBytes made. */
  isCurrentBytes(stored: Buffer): boolean {
    const prefix = Buffer.from(`${BYTES_FORMAT}.${this.currentKeyId}.`);
    return stored.subarray(0, prefix.length).equals(prefix);
  }
}
