import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Keys for pupil numbers: an HMAC key to find a pupil by number without storing it in
 * the clear, and an AES-256-GCM key to keep the number itself (needed only to exchange
 * it with DUO or a school, never shown). Derived from one secret with distinct labels.
 */
export class LeerlingSleutels {
  private readonly hashSleutel: Buffer;
  private readonly versleutelSleutel: Buffer;

  /** `dienst` salts the derivation: each service has keys of its own, even from one secret. */
  constructor(geheim: string, dienst: string) {
    if (geheim.length < 32) throw new Error('leerlingsleutel: at least 32 characters');
    const afgeleid = (label: string) => Buffer.from(hkdfSync('sha256', geheim, `pao-${dienst}`, label, 32));
    this.hashSleutel = afgeleid('leerlingnummer-hash');
    this.versleutelSleutel = afgeleid('leerlingnummer-versleuteling');
  }

  hash(soort: string, nummer: string): string {
    return createHmac('sha256', this.hashSleutel).update(`${soort}:${nummer}`).digest('base64url');
  }

  versleutel(nummer: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.versleutelSleutel, iv);
    const data = Buffer.concat([cipher.update(nummer, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  ontsleutel(opgeslagen: string): string {
    const [versie, iv, tag, data] = opgeslagen.split('.');
    if (versie !== 'v1') throw new Error('leerlingsleutel: unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.versleutelSleutel, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
