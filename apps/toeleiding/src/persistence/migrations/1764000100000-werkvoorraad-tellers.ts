import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The werkvoorraad answers with the total number of matching cases. Counting 100,000
 * open cases takes ~30 ms on its own, so the counts are kept up to date instead: one row
 * per combination of the filter columns, maintained by triggers on every write (commands,
 * deadline firing, bulk loads alike). Plus indexes whose order serves each filter's
 * "nearest deadline first" without sorting, and the newest-first sort with NULLS LAST.
 */
export class WerkvoorraadTellers1764000100000 implements MigrationInterface {
  name = 'WerkvoorraadTellers1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE toeleiding.werkvoorraad_teller (
      swv text NOT NULL,
      open boolean NOT NULL,
      status text NOT NULL,
      soort text NOT NULL,
      school_id uuid NOT NULL,
      partij text NOT NULL,
      aantal integer NOT NULL,
      PRIMARY KEY (swv, open, status, soort, school_id, partij)
    )`);
    await q.query(`CREATE FUNCTION toeleiding.werkvoorraad_teller_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE toeleiding.werkvoorraad_teller SET aantal = aantal - 1
          WHERE swv = OLD.swv AND open = OLD.open AND status = OLD.status AND soort = coalesce(OLD.soort, '')
            AND school_id = OLD.school_id AND partij = coalesce(OLD.volgende_stap_partij, '');
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO toeleiding.werkvoorraad_teller AS t (swv, open, status, soort, school_id, partij, aantal)
          VALUES (NEW.swv, NEW.open, NEW.status, coalesce(NEW.soort, ''), NEW.school_id, coalesce(NEW.volgende_stap_partij, ''), 1)
          ON CONFLICT (swv, open, status, soort, school_id, partij) DO UPDATE SET aantal = t.aantal + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER aanvraag_teller_nieuw_weg AFTER INSERT OR DELETE ON toeleiding.aanvraag
      FOR EACH ROW EXECUTE FUNCTION toeleiding.werkvoorraad_teller_bij()`);
    // Only when a counted column really changes (most commands change none of them).
    await q.query(`CREATE TRIGGER aanvraag_teller_wijziging AFTER UPDATE ON toeleiding.aanvraag FOR EACH ROW
      WHEN (OLD.swv IS DISTINCT FROM NEW.swv OR OLD.open IS DISTINCT FROM NEW.open OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.soort IS DISTINCT FROM NEW.soort OR OLD.school_id IS DISTINCT FROM NEW.school_id
        OR OLD.volgende_stap_partij IS DISTINCT FROM NEW.volgende_stap_partij)
      EXECUTE FUNCTION toeleiding.werkvoorraad_teller_bij()`);
    await q.query(`INSERT INTO toeleiding.werkvoorraad_teller (swv, open, status, soort, school_id, partij, aantal)
      SELECT swv, open, status, coalesce(soort, ''), school_id, coalesce(volgende_stap_partij, ''), count(*)
      FROM toeleiding.aanvraag GROUP BY 1, 2, 3, 4, 5, 6`);

    await q.query(`DROP INDEX toeleiding.aanvraag_werkvoorraad_ingediend`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_ingediend ON toeleiding.aanvraag (swv, ingediend_op DESC NULLS LAST, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_soort ON toeleiding.aanvraag (swv, soort, volgende_termijn_op, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_school ON toeleiding.aanvraag (swv, school_id, volgende_termijn_op, id) WHERE open`);
    await q.query(`DROP INDEX toeleiding.aanvraag_swv_status`);
    await q.query(`CREATE INDEX aanvraag_swv_status ON toeleiding.aanvraag (swv, status, volgende_termijn_op, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX toeleiding.aanvraag_werkvoorraad_soort, toeleiding.aanvraag_werkvoorraad_school, toeleiding.aanvraag_werkvoorraad_ingediend, toeleiding.aanvraag_swv_status`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_ingediend ON toeleiding.aanvraag (swv, ingediend_op DESC, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_swv_status ON toeleiding.aanvraag (swv, status, volgende_termijn_op)`);
    await q.query(`DROP TRIGGER aanvraag_teller_wijziging ON toeleiding.aanvraag`);
    await q.query(`DROP TRIGGER aanvraag_teller_nieuw_weg ON toeleiding.aanvraag`);
    await q.query(`DROP FUNCTION toeleiding.werkvoorraad_teller_bij()`);
    await q.query(`DROP TABLE toeleiding.werkvoorraad_teller`);
  }
}
