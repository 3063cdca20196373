import { MigrationInterface, QueryRunner } from 'typeorm';

const SLEUTEL = `swv, open, status, coalesce(soort, '') AS soort, school_id, coalesce(volgende_stap_partij, '') AS partij`;
const KOLOMMEN = 'swv, open, status, soort, school_id, partij';

/** Adds the statement's deltas per counter key, once per key, in key order; keys whose delta is 0 are left alone. */
const telBij = (delta: string) => `INSERT INTO toeleiding.werkvoorraad_teller AS t (${KOLOMMEN}, aantal)
  SELECT ${KOLOMMEN}, sum(d)::int FROM (${delta}) x GROUP BY ${KOLOMMEN} HAVING sum(d) <> 0 ORDER BY ${KOLOMMEN}
  ON CONFLICT (${KOLOMMEN}) DO UPDATE SET aantal = t.aantal + EXCLUDED.aantal`;

/**
 * The werkvoorraad counters per statement instead of per row (ADR 0037). A row trigger
 * updated 2 counter rows per changed case in the order the cases came: two transactions
 * that each changed a batch of cases (the deadline engine's concurrent firings) locked the
 * same counter rows in different orders and deadlocked, and each held every row it touched
 * from the first case on. Per statement, the transition tables give all changed rows at
 * once: one upsert per statement adds each key's net delta, in key order (no deadlock), and
 * skips the keys whose delta is 0 (an update that changes no counted column touches none).
 * Transition tables allow one event per trigger and no column list, hence three triggers.
 */
export class TellersPerStatement1764000700000 implements MigrationInterface {
  name = 'TellersPerStatement1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER aanvraag_teller_wijziging ON toeleiding.aanvraag`);
    await q.query(`DROP TRIGGER aanvraag_teller_nieuw_weg ON toeleiding.aanvraag`);
    await q.query(`DROP FUNCTION toeleiding.werkvoorraad_teller_bij()`);
    await q.query(`CREATE FUNCTION toeleiding.werkvoorraad_tellers_bij() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${telBij(`SELECT ${SLEUTEL}, 1 AS d FROM nieuw`)};
        ELSIF TG_OP = 'DELETE' THEN
          ${telBij(`SELECT ${SLEUTEL}, -1 AS d FROM oud`)};
        ELSE
          ${telBij(`SELECT ${SLEUTEL}, 1 AS d FROM nieuw UNION ALL SELECT ${SLEUTEL}, -1 FROM oud`)};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER aanvraag_tellers_nieuw AFTER INSERT ON toeleiding.aanvraag
      REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION toeleiding.werkvoorraad_tellers_bij()`);
    await q.query(`CREATE TRIGGER aanvraag_tellers_weg AFTER DELETE ON toeleiding.aanvraag
      REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION toeleiding.werkvoorraad_tellers_bij()`);
    await q.query(`CREATE TRIGGER aanvraag_tellers_wijziging AFTER UPDATE ON toeleiding.aanvraag
      REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION toeleiding.werkvoorraad_tellers_bij()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER aanvraag_tellers_wijziging ON toeleiding.aanvraag`);
    await q.query(`DROP TRIGGER aanvraag_tellers_weg ON toeleiding.aanvraag`);
    await q.query(`DROP TRIGGER aanvraag_tellers_nieuw ON toeleiding.aanvraag`);
    await q.query(`DROP FUNCTION toeleiding.werkvoorraad_tellers_bij()`);
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
    await q.query(`CREATE TRIGGER aanvraag_teller_wijziging AFTER UPDATE ON toeleiding.aanvraag FOR EACH ROW
      WHEN (OLD.swv IS DISTINCT FROM NEW.swv OR OLD.open IS DISTINCT FROM NEW.open OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.soort IS DISTINCT FROM NEW.soort OR OLD.school_id IS DISTINCT FROM NEW.school_id
        OR OLD.volgende_stap_partij IS DISTINCT FROM NEW.volgende_stap_partij)
      EXECUTE FUNCTION toeleiding.werkvoorraad_teller_bij()`);
  }
}
