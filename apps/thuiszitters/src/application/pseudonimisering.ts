import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Pseudonyms for the inspectie register: the same pupil gets the same code in every
 * quarter's file of its SWV (the register is cumulative), the code cannot be turned back
 * into our ids or the BSN without the key, and another SWV's file never shares a code.
 */
export class Pseudonimisering {
  private readonly sleutel: Buffer;

  constructor(geheim: string) {
    if (geheim.length < 32) throw new Error('pseudonimisering: at least 32 characters');
    this.sleutel = Buffer.from(hkdfSync('sha256', geheim, 'pao-thuiszitters', 'inspectie-pseudoniem', 32));
  }

  voor(swv: string, leerlingId: string): string {
    const h = createHmac('sha256', this.sleutel).update(`${swv}:${leerlingId}`).digest();
    // 10 characters of Crockford base32: ~50 bits, no collisions at the scale of one SWV.
    const alfabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let uit = '';
    for (let i = 0; i < 10; i++) uit += alfabet[h[i] & 31];
    return `L-${uit}`;
  }
}
