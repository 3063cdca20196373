import { EncryptionKeyring, HashKeyring } from '@pao/platform';

/** The key ring settings for pupil numbers (PUPIL_NUMBER_ENCRYPTION_KEYS, PUPIL_NUMBER_HASH_KEYS). */
export interface LeerlingSleutelInstellingen {
  readonly versleuteling: string;
  readonly hash: string;
}

// Salt and labels as before key rings: a `legacy` key reads values made before them.
const SALT = 'pao-toeleiding';

/**
 * Keys for pupil numbers: a keyed hash to find a pupil by number without storing it in
 * the clear, and AES-256-GCM to keep the number itself (needed only to exchange it with
 * DUO or a school, never shown). Two key rings with their own secrets; each stored value
 * names its key, so keys rotate (scripts/rekey-pupil-numbers.ts).
 */
export class LeerlingSleutels {
  private readonly hashRing: HashKeyring;
  private readonly versleutelRing: EncryptionKeyring;

  constructor(instellingen: LeerlingSleutelInstellingen) {
    this.hashRing = new HashKeyring(instellingen.hash, { salt: SALT, purpose: 'leerlingnummer-hash' });
    this.versleutelRing = new EncryptionKeyring(instellingen.versleuteling, { salt: SALT, purpose: 'leerlingnummer-versleuteling' });
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
