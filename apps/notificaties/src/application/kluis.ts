import { EncryptionKeyring } from '@pao/platform';

/**
 * Keeps the signing secrets and auth values of subscriptions encrypted at rest
 * (AES-256-GCM with the key ring NOTIFICATIES_SLEUTELS, `id:secret,…`, current first;
 * docs/adr/0006). They must be readable to sign and to send, so a hash would not do; a
 * database dump alone does not reveal them. A value names the key that made it, so an
 * older key in the ring still opens what it encrypted.
 */
export class Kluis {
  private readonly ring: EncryptionKeyring;

  constructor(sleutels: string) {
    this.ring = new EncryptionKeyring(sleutels, { salt: 'pao-notificaties', purpose: 'abonnement-geheimen' });
  }

  versleutel(tekst: string): string {
    return this.ring.encrypt(tekst);
  }

  ontsleutel(opgeslagen: string): string {
    return this.ring.decrypt(opgeslagen);
  }
}
