import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type LeerlingId, type Swv } from '../domain';
import { type LeerlingSleutels } from '@pao/zaak';

export interface Leerling {
  readonly id: string;
  readonly weergave: string;
  readonly gemeente: string;
}

/**
 * Pupils by number: one pseudonymous id per pupil per SWV (a tenant never learns that
 * the other SWV knows the same child). The number is stored encrypted; lookups go by
 * keyed hash. This is the only code that calls onthulNummer().
 */
export const leerlingRepository = {
  async vindOfMaak(m: EntityManager, sleutels: LeerlingSleutels, swv: Swv, nummer: LeerlingId, gemeente: string): Promise<Leerling> {
    const onthuld = nummer.onthulNummer();
    const hash = sleutels.hash(nummer.soort, onthuld);
    const rows: Leerling[] = await m.query(
      `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (swv, nummer_hash) DO UPDATE SET gemeente = EXCLUDED.gemeente
       RETURNING id, weergave, gemeente`,
      [randomUUID(), swv, nummer.soort, hash, sleutels.versleutel(onthuld), nummer.gemaskeerd, gemeente],
    );
    return rows[0];
  },

  /** Whether a pupil with this number already has a case in the SWV (the demo seed skips those). */
  async heeftAanvraag(m: EntityManager, sleutels: LeerlingSleutels, swv: Swv, nummer: LeerlingId): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM toeleiding.leerling l JOIN toeleiding.aanvraag a ON a.leerling_id = l.id WHERE l.swv = $1 AND l.nummer_hash = $2 LIMIT 1`,
      [swv, sleutels.hash(nummer.soort, nummer.onthulNummer())],
    );
    return rows.length > 0;
  },

  async gemeenteVan(m: EntityManager, id: string): Promise<string> {
    const rows: Array<{ gemeente: string }> = await m.query(`SELECT gemeente FROM toeleiding.leerling WHERE id = $1`, [id]);
    return rows[0]?.gemeente ?? ALMERE;
  },
};

/** Almere's CBS code: the default woongemeente. */
export const ALMERE = 'GM0034';
