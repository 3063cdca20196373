import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';

export interface Cohort {
  readonly id: string;
  readonly swv: string;
  readonly schooljaar: string;
  readonly verzendendeSchoolId: string;
}

const SELECT = `SELECT id, swv, schooljaar, verzendende_school_id AS "verzendendeSchoolId" FROM overdracht.cohort`;

/** Cohorts: one per school year of departure and sending school, in one SWV. */
export const cohorten = {
  async vind(m: EntityManager, swv: string, id: string): Promise<Cohort | undefined> {
    const rijen: Cohort[] = await m.query(`${SELECT} WHERE swv = $1 AND id = $2`, [swv, id]);
    return rijen[0];
  },

  /** The cohort, made on first use; `nieuw` says whether this call made it. */
  async vindOfMaak(m: EntityManager, swv: string, schooljaar: string, verzendendeSchoolId: string): Promise<{ cohort: Cohort; nieuw: boolean }> {
    const gemaakt: Cohort[] = await m.query(
      `INSERT INTO overdracht.cohort (id, swv, schooljaar, verzendende_school_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (swv, schooljaar, verzendende_school_id) DO NOTHING
       RETURNING id, swv, schooljaar, verzendende_school_id AS "verzendendeSchoolId"`,
      [randomUUID(), swv, schooljaar, verzendendeSchoolId],
    );
    if (gemaakt[0]) return { cohort: gemaakt[0], nieuw: true };
    const rijen: Cohort[] = await m.query(`${SELECT} WHERE swv = $1 AND schooljaar = $2 AND verzendende_school_id = $3`, [swv, schooljaar, verzendendeSchoolId]);
    return { cohort: rijen[0], nieuw: false };
  },
};
