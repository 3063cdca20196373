import { MigrationInterface, QueryRunner } from 'typeorm';

const KOLOMMEN = 'swv, gemeente, vorm, type_code, status, boven_budget';

/** Adds the statement's deltas of the open arrangements per counter key, once per key, in key order; zero deltas are skipped. */
const telBij = (delta: string) => `INSERT INTO oja.werkvoorraad_teller AS t (${KOLOMMEN}, aantal)
  SELECT ${KOLOMMEN}, sum(d)::int FROM (${delta}) x GROUP BY ${KOLOMMEN} HAVING sum(d) <> 0 ORDER BY ${KOLOMMEN}
  ON CONFLICT (${KOLOMMEN}) DO UPDATE SET aantal = t.aantal + EXCLUDED.aantal`;

/**
 * The werkvoorraad counters per statement instead of per row, as in toeleiding (ADR 0037):
 * a batch of deadline effects changes many arrangements in one statement, and per row two
 * concurrent batches locked the same counter rows in different orders. Transition tables
 * allow one event per trigger and no column list, hence three triggers.
 */
export class TellersPerStatement1765000100000 implements MigrationInterface {
  name = 'TellersPerStatement1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER arrangement_teller_wijziging ON oja.arrangement`);
    await q.query(`DROP TRIGGER arrangement_teller_nieuw_weg ON oja.arrangement`);
    await q.query(`DROP FUNCTION oja.werkvoorraad_teller_bij()`);
    await q.query(`CREATE FUNCTION oja.werkvoorraad_tellers_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${telBij(`SELECT ${KOLOMMEN}, 1 AS d FROM nieuw WHERE open`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${telBij(`SELECT ${KOLOMMEN}, -1 AS d FROM oud WHERE open`)};
        ELSE
          ${telBij(`SELECT ${KOLOMMEN}, 1 AS d FROM nieuw WHERE open UNION ALL SELECT ${KOLOMMEN}, -1 FROM oud WHERE open`)};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER arrangement_tellers_nieuw AFTER INSERT ON oja.arrangement
      REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION oja.werkvoorraad_tellers_bij()`);
    await q.query(`CREATE TRIGGER arrangement_tellers_weg AFTER DELETE ON oja.arrangement
      REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION oja.werkvoorraad_tellers_bij()`);
    await q.query(`CREATE TRIGGER arrangement_tellers_wijziging AFTER UPDATE ON oja.arrangement
      REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION oja.werkvoorraad_tellers_bij()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER arrangement_tellers_wijziging ON oja.arrangement`);
    await q.query(`DROP TRIGGER arrangement_tellers_weg ON oja.arrangement`);
    await q.query(`DROP TRIGGER arrangement_tellers_nieuw ON oja.arrangement`);
    await q.query(`DROP FUNCTION oja.werkvoorraad_tellers_bij()`);
    await q.query(`CREATE FUNCTION oja.werkvoorraad_teller_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.open THEN
          UPDATE oja.werkvoorraad_teller SET aantal = aantal - 1
           WHERE swv = OLD.swv AND gemeente = OLD.gemeente AND vorm = OLD.vorm AND type_code = OLD.type_code AND status = OLD.status AND boven_budget = OLD.boven_budget;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.open THEN
          INSERT INTO oja.werkvoorraad_teller AS t (swv, gemeente, vorm, type_code, status, boven_budget, aantal)
          VALUES (NEW.swv, NEW.gemeente, NEW.vorm, NEW.type_code, NEW.status, NEW.boven_budget, 1)
          ON CONFLICT (swv, gemeente, vorm, type_code, status, boven_budget) DO UPDATE SET aantal = t.aantal + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER arrangement_teller_nieuw_weg AFTER INSERT OR DELETE ON oja.arrangement FOR EACH ROW EXECUTE FUNCTION oja.werkvoorraad_teller_bij()`);
    await q.query(`CREATE TRIGGER arrangement_teller_wijziging AFTER UPDATE ON oja.arrangement FOR EACH ROW
      WHEN (OLD.open IS DISTINCT FROM NEW.open OR OLD.status IS DISTINCT FROM NEW.status OR OLD.boven_budget IS DISTINCT FROM NEW.boven_budget
        OR OLD.gemeente IS DISTINCT FROM NEW.gemeente OR OLD.vorm IS DISTINCT FROM NEW.vorm OR OLD.type_code IS DISTINCT FROM NEW.type_code)
      EXECUTE FUNCTION oja.werkvoorraad_teller_bij()`);
  }
}
