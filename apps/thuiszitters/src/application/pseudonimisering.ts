import { HashKeyring } from '@pao/platform';

/**
 * Pseudonyms for the inspectie register: the same pupil gets the same code in every
 * quarter's file of its SWV (the register is cumulative), the code cannot be turned back
 * into our ids or the BSN without the key, and another SWV's file never shares a code.
 * The key derives from the current pupil hash key with a purpose of its own; after a
 * rotation of that key the codes change (rotate between school years).
 */
export class Pseudonimisering {
  private readonly ring: HashKeyring;

  constructor(hashSleutels: string) {
    this.ring = new HashKeyring(hashSleutels, { salt: 'pao-thuiszitters', purpose: 'inspectie-pseudoniem' });
  }

  voor(swv: string, leerlingId: string): string {
    const mac = this.ring.hash(`${swv}:${leerlingId}`);
    const h = Buffer.from(mac.slice(mac.indexOf('.') + 1), 'base64url');
    // 10 characters of Crockford base32: ~50 bits, no collisions at the scale of one SWV.
    const alfabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let uit = '';
    for (let i = 0; i < 10; i++) uit += alfabet[h[i] & 31];
    return `L-${uit}`;
  }
}
