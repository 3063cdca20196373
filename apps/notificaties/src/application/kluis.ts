import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Keeps the signing secrets and auth values of subscriptions encrypted at rest
 * (AES-256-GCM, key derived from NOTIFICATIES_SLEUTEL). They must be readable to sign
 * and to send, so a hash would not do; a database dump alone does not reveal them.
 */
export class Kluis {
  private readonly sleutel: Buffer;

  constructor(geheim: string) {
    if (geheim.length < 32) throw new Error('notificaties: key material must be at least 32 characters');
    this.sleutel = Buffer.from(hkdfSync('sha256', geheim, 'pao-notificaties', 'abonnement-geheimen', 32));
  }

  versleutel(tekst: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sleutel, iv);
    const data = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  ontsleutel(opgeslagen: string): string {
    const [versie, iv, tag, data] = opgeslagen.split('.');
    if (versie !== 'v1' || !iv || !tag || data === undefined) throw new Error('notificaties: unknown secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.sleutel, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
