import { type EntityManager } from 'typeorm';
import { type Schoolsoort } from '../domain';

/** A school in the register: sending schools of both SWVs, VO schools, and MBO institutions (outside any SWV). */
export interface School {
  readonly id: string;
  readonly brin: string;
  readonly naam: string;
  readonly soort: Schoolsoort;
  readonly swv: string | null;
  readonly plaats: string | null;
}

const KOLOMMEN = 'id, brin, naam, soort, swv, plaats';

/**
 * The register of schools this service knows (seeded; later fed by the SWV register).
 * Public data (DUO): every SWV sees every school, because a PO pupil moves to a VO school.
 */
export const scholen = {
  alle(m: EntityManager): Promise<School[]> {
    return m.query(`SELECT ${KOLOMMEN} FROM overdracht.school ORDER BY naam`);
  },

  async vind(m: EntityManager, id: string): Promise<School | undefined> {
    const rijen: School[] = await m.query(`SELECT ${KOLOMMEN} FROM overdracht.school WHERE id = $1`, [id]);
    return rijen[0];
  },

  async namen(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids)];
    if (uniek.length === 0) return new Map();
    const rijen: Array<{ id: string; naam: string }> = await m.query(`SELECT id, naam FROM overdracht.school WHERE id = ANY($1::uuid[])`, [uniek]);
    return new Map(rijen.map((r) => [r.id, r.naam]));
  },
};
