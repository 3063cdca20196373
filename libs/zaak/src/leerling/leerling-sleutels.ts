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
  private readonly zoektermRing: HashKeyring;
  private readonly personaliaRing: EncryptionKeyring;
  private readonly documentRing: EncryptionKeyring;

  /**
   * `dienst` salts the derivation: each service has keys of its own, even from one secret.
   * Salt and labels are those from before key rings (pao-<dienst>), so a `legacy` key reads
   * values made before them.
   */
  constructor(instellingen: LeerlingSleutelInstellingen, dienst: string) {
    const salt = `pao-${dienst}`;
    this.hashRing = new HashKeyring(instellingen.hash, { salt, purpose: 'leerlingnummer-hash' });
    this.versleutelRing = new EncryptionKeyring(instellingen.versleuteling, { salt, purpose: 'leerlingnummer-versleuteling' });
    // Names, birth dates and documents are pupil data of the same class as the number:
    // the same key rings, each purpose its own derived key (HKDF info), so one never opens another.
    this.zoektermRing = new HashKeyring(instellingen.hash, { salt, purpose: 'leerling-zoekterm' });
    this.personaliaRing = new EncryptionKeyring(instellingen.versleuteling, { salt, purpose: 'leerling-personalia' });
    this.documentRing = new EncryptionKeyring(instellingen.versleuteling, { salt, purpose: 'document-inhoud' });
  }

  /** A search term (naamTermen, geboortedatumTerm) as stored: keyed hash under the current key. */
  zoekterm(term: string): string {
    return this.zoektermRing.hash(term);
  }

  /** A search term under every key, for a lookup while a rotation runs. */
  zoektermKandidaten(term: string): string[] {
    return this.zoektermRing.candidates(term);
  }

  versleutelPersonalia(tekst: string): string {
    return this.personaliaRing.encrypt(tekst);
  }

  ontsleutelPersonalia(opgeslagen: string): string {
    return this.personaliaRing.decrypt(opgeslagen);
  }

  /** Document contents (binary) and their file names. */
  versleutelDocument(inhoud: Buffer): Buffer {
    return this.documentRing.encryptBytes(inhoud);
  }

  ontsleutelDocument(opgeslagen: Buffer): Buffer {
    return this.documentRing.decryptBytes(opgeslagen);
  }

  versleutelBestandsnaam(naam: string): string {
    return this.documentRing.encrypt(naam);
  }

  ontsleutelBestandsnaam(opgeslagen: string): string {
    return this.documentRing.decrypt(opgeslagen);
  }

  /** Whether a stored document version (contents and file name) already uses the current key. */
  documentActueel(inhoud: Buffer, bestandsnaam: string): boolean {
    return this.documentRing.isCurrentBytes(inhoud) && this.documentRing.isCurrent(bestandsnaam);
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
