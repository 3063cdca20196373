import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { z } from 'zod';
import { EncryptionKeyring } from './encryption-keyring';
import { HashKeyring } from './hash-keyring';
import { deriveKey, parseKeyring, secretProblems } from './keyring';
import { isPublishedSecret } from './published-secrets';
import { keyringSetting, requireDistinctSecrets, secretSetting } from './secret-settings';

const random = () => randomBytes(32).toString('base64url');
const purpose = { salt: 'test', purpose: 'nummer' };

describe('key rings', () => {
  const [a, b] = [random(), random()];

  it('encrypts with the current key, decrypts with any key of the ring, refuses an unknown key', () => {
    const old = new EncryptionKeyring(`k1:${a}`, purpose);
    const rotated = new EncryptionKeyring(`k2:${b},k1:${a}`, purpose);
    const stored = old.encrypt('123456782');
    expect(stored).toMatch(/^v2\.k1\./);
    expect(rotated.decrypt(stored)).toBe('123456782');
    expect(rotated.isCurrent(stored)).toBe(false);
    expect(rotated.encrypt('123456782')).toMatch(/^v2\.k2\./);
    expect(() => new EncryptionKeyring(`k2:${b}`, purpose).decrypt(stored)).toThrow(/no key 'k1'/);
  });

  it('binds the key id to the ciphertext: relabelled, it does not decrypt', () => {
    const ring = new EncryptionKeyring(`k2:${a},k1:${a}`, purpose);
    const stored = ring.encrypt('geheim');
    expect(() => ring.decrypt(stored.replace('v2.k2.', 'v2.k1.'))).toThrow();
  });

  it('round-trips any text', () => {
    const ring = new EncryptionKeyring(`k1:${a}`, purpose);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => ring.decrypt(ring.encrypt(s)) === s));
  });

  it('round-trips bytes under any key of the ring and refuses a tampered or relabelled value', () => {
    const old = new EncryptionKeyring(`k1:${a}`, purpose);
    const rotated = new EncryptionKeyring(`k2:${b},k1:${a}`, purpose);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => rotated.decryptBytes(old.encryptBytes(Buffer.from(bytes))).equals(Buffer.from(bytes))));
    const stored = old.encryptBytes(Buffer.from('%PDF-1.7 inhoud'));
    expect(stored.subarray(0, 7).toString()).toBe('v2b.k1.');
    expect(stored.includes(Buffer.from('inhoud'))).toBe(false);
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1] ^= 1;
    expect(() => rotated.decryptBytes(tampered)).toThrow();
    expect(() => new EncryptionKeyring(`k1:${a},k2:${a}`, purpose).decryptBytes(Buffer.concat([Buffer.from('v2b.k2.'), stored.subarray(7)]))).toThrow();
    expect(() => rotated.decryptBytes(Buffer.from('MZ....'))).toThrow(/unknown ciphertext format/);
  });

  it('hashes with the current key and finds values hashed under every key', () => {
    const old = new HashKeyring(`k1:${a}`, purpose);
    const rotated = new HashKeyring(`k2:${b},k1:${a}`, purpose);
    const stored = old.hash('bsn:123456782');
    expect(stored).toMatch(/^k1\./);
    expect(rotated.candidates('bsn:123456782')).toEqual([rotated.hash('bsn:123456782'), stored]);
    expect(rotated.isCurrent(stored)).toBe(false);
    expect(new HashKeyring(`k1:${b}`, purpose).hash('bsn:123456782')).not.toBe(stored);
  });

  it('reads values from before key ids with the legacy key (same derivation as then)', () => {
    const legacy = random();
    const hashKey = deriveKey(legacy, 'pao-toeleiding', 'leerlingnummer-hash');
    const oldHash = createHmac('sha256', hashKey).update('bsn:123456782').digest('base64url');
    const encKey = deriveKey(legacy, 'pao-toeleiding', 'leerlingnummer-versleuteling');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', encKey, iv);
    const data = Buffer.concat([cipher.update('123456782', 'utf8'), cipher.final()]);
    const oldCipher = ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');

    const hashes = new HashKeyring(`k1:${a},legacy:${legacy}`, { salt: 'pao-toeleiding', purpose: 'leerlingnummer-hash' });
    expect(hashes.candidates('bsn:123456782')).toContain(oldHash);
    const ring = new EncryptionKeyring(`k1:${b},legacy:${legacy}`, { salt: 'pao-toeleiding', purpose: 'leerlingnummer-versleuteling' });
    expect(ring.decrypt(oldCipher)).toBe('123456782');
  });

  it('refuses malformed, short, low-entropy, published and duplicate keys, naming no secret', () => {
    const published = ['local-development-secret', 'not-for-production'].join('-');
    for (const [setting, message] of [
      ['', /at least one key/],
      [a, /id:secret/],
      [`K1:${a}`, /invalid id/],
      ['k1:short', /at least 32/],
      [`k1:${'ab'.repeat(20)}`, /distinct/],
      [`k1:${published}`, /published/],
      [`k1:${a},k1:${b}`, /twice/],
      [`legacy:${a}`, /cannot be the first/],
    ] as const) {
      expect(() => parseKeyring(setting)).toThrow(message);
      try {
        parseKeyring(setting);
      } catch (e) {
        expect((e as Error).message).not.toContain(a);
      }
    }
    // An old, even published secret may stay readable as `legacy` while data is re-keyed.
    expect(parseKeyring(`k1:${a},legacy:${published}`)).toHaveLength(2);
  });

  it('knows the secrets the repository once published', () => {
    expect(isPublishedSecret(['local-development-secret', 'not-for-production'].join('-'))).toBe(true);
    expect(isPublishedSecret(['test-internal-secret', 'of-at-least-32-chars'].join('-'))).toBe(true);
    expect(isPublishedSecret(random())).toBe(false);
    expect(secretProblems(random())).toEqual([]);
  });
});

describe('secret settings', () => {
  const schema = z
    .object({ SIGN: secretSetting(), ENC_KEYS: keyringSetting(), HASH_KEYS: keyringSetting() })
    .superRefine((c, ctx) => requireDistinctSecrets(c, ctx, { secrets: ['SIGN'], keyrings: ['ENC_KEYS', 'HASH_KEYS'] }));

  it('accepts separate random secrets', () => {
    expect(schema.safeParse({ SIGN: random(), ENC_KEYS: `k1:${random()}`, HASH_KEYS: `k1:${random()}` }).success).toBe(true);
  });

  it('refuses one secret for two purposes', () => {
    const shared = random();
    const result = schema.safeParse({ SIGN: shared, ENC_KEYS: `k1:${shared}`, HASH_KEYS: `k1:${random()}` });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['ENC_KEYS: shares a secret with SIGN; every purpose needs its own']);
  });
});
