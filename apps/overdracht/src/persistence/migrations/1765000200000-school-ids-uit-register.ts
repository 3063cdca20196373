import { schoolId } from '@pao/swv';
import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * School ids from the shared school register (ADR 0034). This service derived its own
 * ids from the BRIN alone, so a receiving school in leerling-niet-gestart was unknown to
 * thuiszitters, and a school account (whose schoolId the gateway signs) matched none of
 * this service's schools. Every stored reference moves to the register's id, derived from
 * the row's own BRIN + vestiging and SWV; ids are unique strings, so the cases' state is
 * rewritten by text replacement. Events already sent keep the old ids (history).
 */
export class SchoolIdsUitRegister1765000200000 implements MigrationInterface {
  name = 'SchoolIdsUitRegister1765000200000';

  async up(q: QueryRunner): Promise<void> {
    const rijen: Array<{ id: string; brin: string; swv: string | null }> = await q.query(`SELECT id, brin, swv FROM overdracht.school`);
    const paren = rijen.map((r) => ({ oud: r.id, nieuw: schoolId(r.swv, r.brin) })).filter((p) => p.oud !== p.nieuw);
    if (paren.length === 0) return;
    await q.query(`ALTER TABLE overdracht.cohort DROP CONSTRAINT cohort_verzendende_school_id_fkey`);
    for (const { oud, nieuw } of paren) {
      await q.query(`UPDATE overdracht.school SET id = $2::uuid WHERE id = $1::uuid`, [oud, nieuw]);
      await q.query(`UPDATE overdracht.cohort SET verzendende_school_id = $2::uuid WHERE verzendende_school_id = $1::uuid`, [oud, nieuw]);
      await q.query(
        `UPDATE overdracht.overdracht SET
           verzendende_school_id = CASE WHEN verzendende_school_id = $1::uuid THEN $2::uuid ELSE verzendende_school_id END,
           ontvangende_school_id = CASE WHEN ontvangende_school_id = $1::uuid THEN $2::uuid ELSE ontvangende_school_id END,
           state = replace(state::text, $1::text, $2::text)::jsonb
         WHERE state::text LIKE '%' || $1::text || '%'`,
        [oud, nieuw],
      );
    }
    await q.query(`ALTER TABLE overdracht.cohort ADD CONSTRAINT cohort_verzendende_school_id_fkey FOREIGN KEY (verzendende_school_id) REFERENCES overdracht.school (id)`);
  }

  async down(): Promise<void> {
    // The old ids were this service's alone; nothing to go back to.
  }
}
