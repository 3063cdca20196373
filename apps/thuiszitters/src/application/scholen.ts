import { type EntityManager } from 'typeorm';

export interface School {
  readonly id: string;
  readonly brin: string;
  readonly naam: string;
  readonly soort: string;
  readonly bevoegdGezagId: string;
  readonly bevoegdGezagNaam: string;
  /** What the school can offer (its SOP): searched for a crisis placement. */
  readonly expertise: readonly string[];
}

const SELECT = `SELECT id, brin, naam, soort, bevoegd_gezag_id AS "bevoegdGezagId", bevoegd_gezag_naam AS "bevoegdGezagNaam", expertise FROM thuiszitters.school`;

/** The SWV's school register with expertise profiles (seeded; a register feed replaces the seed later). */
export const scholen = {
  /** Schools of the SWV; with `expertise`, only those that offer all of it (a crisis placement needs a school that can receive the pupil). */
  zoek(m: EntityManager, swv: string, filter: { expertise?: readonly string[]; naam?: string } = {}): Promise<School[]> {
    const params: unknown[] = [swv];
    let where = 'WHERE swv = $1';
    if (filter.expertise?.length) {
      params.push(filter.expertise);
      where += ` AND expertise @> $${params.length}::text[]`;
    }
    if (filter.naam) {
      params.push(`%${filter.naam.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND naam ILIKE $${params.length}`;
    }
    return m.query(`${SELECT} ${where} ORDER BY naam`, params);
  },

  async vind(m: EntityManager, swv: string, id: string): Promise<School | undefined> {
    const rijen: School[] = await m.query(`${SELECT} WHERE swv = $1 AND id = $2`, [swv, id]);
    return rijen[0];
  },

  async namen(m: EntityManager, swv: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rijen: Array<{ id: string; naam: string }> = await m.query(`SELECT id, naam FROM thuiszitters.school WHERE swv = $1 AND id = ANY($2::uuid[])`, [swv, [...new Set(ids)]]);
    return new Map(rijen.map((r) => [r.id, r.naam]));
  },

  async expertises(m: EntityManager, swv: string): Promise<string[]> {
    const rijen: Array<{ e: string }> = await m.query(`SELECT DISTINCT unnest(expertise) AS e FROM thuiszitters.school WHERE swv = $1 ORDER BY 1`, [swv]);
    return rijen.map((r) => r.e);
  },
};
