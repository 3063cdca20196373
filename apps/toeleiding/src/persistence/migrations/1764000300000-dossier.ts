import { MigrationInterface, QueryRunner } from 'typeorm';
import { documentTabelSql, kenmerkTellerSql, leerlingPersonaliaSql, medewerkerTabelSql } from '@pao/zaak';

/**
 * A case handler's day (issue 15): the pupil's name and birth date (encrypted) with their
 * search terms, a human kenmerk per aanvraag (TLV-VO-2026-00123: existing aanvragen are
 * numbered in order of creation per SWV and year, the counters continue from there), the
 * behandelaar of an aanvraag, the people the service has met, and documents (encrypted,
 * versioned) attached to the aanvraag, the advies and the besluit.
 */
export class Dossier1764000300000 implements MigrationInterface {
  name = 'Dossier1764000300000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of leerlingPersonaliaSql('toeleiding')) await q.query(sql);
    for (const sql of [...kenmerkTellerSql('toeleiding'), ...medewerkerTabelSql('toeleiding'), ...documentTabelSql('toeleiding')]) await q.query(sql);
    await q.query(`ALTER TABLE toeleiding.aanvraag ADD COLUMN kenmerk text, ADD COLUMN behandelaar_id text`);
    await q.query(`UPDATE toeleiding.aanvraag a SET kenmerk = 'TLV-' || n.swv || '-' || n.jaar || '-' || lpad(n.nr::text, 5, '0')
      FROM (SELECT id, swv, extract(year FROM aangemaakt_op)::int AS jaar,
                   row_number() OVER (PARTITION BY swv, extract(year FROM aangemaakt_op) ORDER BY aangemaakt_op, id) AS nr
            FROM toeleiding.aanvraag) n
      WHERE a.id = n.id`);
    await q.query(`INSERT INTO toeleiding.kenmerk_teller (prefix, swv, jaar, laatste)
      SELECT 'TLV', swv, extract(year FROM aangemaakt_op)::int, count(*) FROM toeleiding.aanvraag GROUP BY 2, 3`);
    await q.query(`ALTER TABLE toeleiding.aanvraag ALTER COLUMN kenmerk SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX aanvraag_kenmerk ON toeleiding.aanvraag (kenmerk)`);
    // "Mijn zaken": the open cases of one person, nearest deadline first.
    // Search by school: a school's cases newest kenmerk first, read off the index.
    await q.query(`CREATE INDEX aanvraag_school_kenmerk ON toeleiding.aanvraag (swv, school_id, kenmerk)`);
    await q.query(`CREATE INDEX aanvraag_behandelaar ON toeleiding.aanvraag (swv, behandelaar_id, volgende_termijn_op, id) WHERE open`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX toeleiding.aanvraag_school_kenmerk, toeleiding.aanvraag_behandelaar, toeleiding.aanvraag_kenmerk`);
    await q.query(`ALTER TABLE toeleiding.aanvraag DROP COLUMN kenmerk, DROP COLUMN behandelaar_id`);
    await q.query(`DROP TABLE toeleiding.document_versie, toeleiding.document, toeleiding.medewerker, toeleiding.kenmerk_teller, toeleiding.leerling_zoekterm`);
    await q.query(`ALTER TABLE toeleiding.leerling DROP COLUMN personalia_versleuteld`);
  }
}
