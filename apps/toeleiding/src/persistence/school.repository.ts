import { type EntityManager } from 'typeorm';

export interface School {
  readonly id: string;
  readonly swv: string;
  readonly brin: string;
  readonly naam: string;
  readonly soort: 'regulier' | 'SBO' | 'SO' | 'VSO' | 'PrO';
  readonly plaats: string | null;
  readonly bevoegdGezagId: string;
  readonly bevoegdGezagNaam: string;
}

const SELECT = `SELECT s.id, s.swv, s.brin, s.naam, s.soort, s.plaats, s.bevoegd_gezag_id AS "bevoegdGezagId", b.naam AS "bevoegdGezagNaam"
  FROM toeleiding.school s JOIN toeleiding.bevoegd_gezag b ON b.id = s.bevoegd_gezag_id`;

/** The school register of an SWV (seeded; later fed by a register feed). */
export const schoolRepository = {
  alle(m: EntityManager, swv: string): Promise<School[]> {
    return m.query(`${SELECT} WHERE s.swv = $1 ORDER BY s.naam`, [swv]);
  },

  async vind(m: EntityManager, swv: string, id: string): Promise<School | undefined> {
    const rows: School[] = await m.query(`${SELECT} WHERE s.swv = $1 AND s.id = $2`, [swv, id]);
    return rows[0];
  },

  async bevoegdGezagBestaat(m: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM toeleiding.bevoegd_gezag WHERE id = $1`, [id]);
    return rows.length > 0;
  },
};
