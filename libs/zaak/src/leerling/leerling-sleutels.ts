import { EncryptionKeyring, HashKeyring } from '@pao/platform';

/** The key ring settings for pupil numbers (PUPIL_NUMBER_ENCRYPTION_KEYS, PUPIL_NUMBER_HASH_KEYS). */
export interface LeerlingSleutelInstellingen {
  readonly versleuteling: string;
  readonly hash: string;
}


/**
 * Keys for pupil numbers: a keyed hash to find a pupil by number without storing it in
 * the clear, and AES-256-GCM to keep the number itself (needed only to exchange it with
 * DUO or a school, never shown). Two key rings with their own secrets; each stored value
 * names its key, so keys rotate (scripts/rekey-pupil-numbers.ts).
 */
export class LeerlingSleutels {
  private readonly hashRing: HashKeyring;
  private readonly versleutelRing: EncryptionKeyring;

  /**
   * `dienst` salts the derivation: each service has keys of its own, even from one secret.
   * Salt and labels are those from before key rings (pao-<dienst>), so a `legacy` key reads
   * values made before them.
   */
  constructor(instellingen: LeerlingSleutelInstellingen, dienst: string) {
    const salt = `pao-${dienst}`;
    this.hashRing = new HashKeyring(instellingen.hash, { salt, purpose: 'leerlingnummer-hash' });
    this.versleutelRing = new EncryptionKeyring(instellingen.versleuteling, { salt, purpose: 'leerlingnummer-versleuteling' });
  }

  /** The hash under the current key (what a new row stores). */
  hash(soort: string, nummer: string): string {
    return this.hashRing.hash(`${soort}:${nummer}`);
  }

  /** The hash under every key: a lookup matches any of them while a rotation runs. */
  hashes(soort: string, nummer: string): string[] {
    return this.hashRing.candidates(`${soort}:${nummer}`);
  }

  versleutel(nummer: string): string {
    return this.versleutelRing.encrypt(nummer);
  }

  ontsleutel(opgeslagen: string): string {
    return this.versleutelRing.decrypt(opgeslagen);
  }

  /** Whether a stored hash and ciphertext already use the current keys. */
  actueel(hash: string, versleuteld: string): boolean {
    return this.hashRing.isCurrent(hash) && this.versleutelRing.isCurrent(versleuteld);
  }
}
