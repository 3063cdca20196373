import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { deadlineTablesSql } from '@pao/deadlines';
import { messagingTablesSql } from '@pao/messaging';
import { auditTablesSql } from '@pao/platform';
import { leerlingTabelSql, zaakTabelSql } from '@pao/zaak';

/** The projection columns of the arrangement table: what the werkvoorraad, the gemeente view and the reports filter on. */
export const PROJECTIE_KOLOMMEN_SQL = [
  'vorm text NOT NULL',
  'type_code text NOT NULL',
  'voorziening text NOT NULL',
  "gemeente text NOT NULL CHECK (gemeente ~ '^GM[0-9]{4}$')",
  'status text NOT NULL',
  'leerling_id uuid',
  'ingangsdatum date NOT NULL',
  'einddatum date NOT NULL',
  'aangevraagd_op date',
  'startdatum date',
  'volgende_evaluatie date',
  'plaatsen integer',
  'bezet integer',
  'open boolean NOT NULL',
  'boven_budget boolean NOT NULL',
  'vastgelegd_cent bigint NOT NULL',
  'gerealiseerd_cent bigint NOT NULL',
  'aan_zet text',
  'aandacht_op date',
] as const;

/**
 * The oja schema: arrangements (state as jsonb plus projection columns), the ledger as an
 * append-only table (a trigger refuses UPDATE and DELETE), the pupils in arrangements,
 * budgets per payer and budget period, the fixed quarterly reports (also append-only),
 * pupils' identifiers kept apart, audit, access log, outbox, inbox and deadlines.
 */
export class OjaSchema1765000000000 implements MigrationInterface {
  name = 'OjaSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...leerlingTabelSql('oja'), ...zaakTabelSql('oja', 'arrangement', PROJECTIE_KOLOMMEN_SQL)]) await q.query(sql);
    // One partial index per werkvoorraad list, in the list's order, so a page is an index range scan; the date lists
    // (evaluation due, einddatum near) are counted by a range scan of their index (a gemeente's too: included column).
    await q.query(`CREATE INDEX arrangement_lijst_alle ON oja.arrangement (swv, aandacht_op, id) INCLUDE (gemeente) WHERE open`);
    await q.query(`CREATE INDEX arrangement_lijst_evaluatie ON oja.arrangement (swv, volgende_evaluatie, id) INCLUDE (gemeente) WHERE open AND volgende_evaluatie IS NOT NULL`);
    await q.query(`CREATE INDEX arrangement_lijst_einde ON oja.arrangement (swv, einddatum, id) INCLUDE (gemeente) WHERE open AND status IN ('toegekend', 'lopend')`);
    await q.query(`CREATE INDEX arrangement_lijst_beoordeling ON oja.arrangement (swv, aangevraagd_op, id) INCLUDE (gemeente) WHERE open AND status IN ('in-beoordeling', 'beoordeeld')`);
    await q.query(`CREATE INDEX arrangement_lijst_budget ON oja.arrangement (swv, einddatum, id) INCLUDE (gemeente) WHERE open AND boven_budget`);
    await q.query(`CREATE INDEX arrangement_gemeente ON oja.arrangement (swv, gemeente, status)`);
    // The lists that do not depend on today's date are counted by triggers: one row per combination of the columns
    // the werkvoorraad filters on, kept up to date by every write (commands, the deadline engine, bulk loads alike).
    await q.query(`CREATE TABLE oja.werkvoorraad_teller (
      swv text NOT NULL,
      gemeente text NOT NULL,
      vorm text NOT NULL,
      type_code text NOT NULL,
      status text NOT NULL,
      boven_budget boolean NOT NULL,
      aantal integer NOT NULL,
      PRIMARY KEY (swv, gemeente, vorm, type_code, status, boven_budget)
    )`);
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
    // Only when a counted column really changes (most commands change none of them).
    await q.query(`CREATE TRIGGER arrangement_teller_wijziging AFTER UPDATE ON oja.arrangement FOR EACH ROW
      WHEN (OLD.open IS DISTINCT FROM NEW.open OR OLD.status IS DISTINCT FROM NEW.status OR OLD.boven_budget IS DISTINCT FROM NEW.boven_budget
        OR OLD.gemeente IS DISTINCT FROM NEW.gemeente OR OLD.vorm IS DISTINCT FROM NEW.vorm OR OLD.type_code IS DISTINCT FROM NEW.type_code)
      EXECUTE FUNCTION oja.werkvoorraad_teller_bij()`);
    await q.query(`CREATE INDEX arrangement_leerling ON oja.arrangement (leerling_id)`);

    await q.query(`CREATE TABLE oja.boeking (
      volgnummer bigserial UNIQUE,
      id uuid PRIMARY KEY,
      arrangement_id uuid NOT NULL REFERENCES oja.arrangement (id),
      swv text NOT NULL,
      gemeente text NOT NULL,
      toekenning_id uuid,
      soort text NOT NULL CHECK (soort IN ('verplichting', 'vrijval', 'correctie', 'realisatie')),
      betaler text NOT NULL,
      budgetperiode text NOT NULL CHECK (budgetperiode ~ '^[0-9]{4}(-[0-9]{4})?$'),
      bedrag_cent bigint NOT NULL,
      geboekt_op date NOT NULL,
      periode_van date,
      periode_tot date,
      CHECK (soort <> 'verplichting' OR bedrag_cent > 0),
      CHECK (soort <> 'vrijval' OR bedrag_cent < 0)
    )`);
    await q.query(`CREATE INDEX boeking_budget ON oja.boeking (swv, betaler, budgetperiode, soort)`);
    await q.query(`CREATE INDEX boeking_arrangement ON oja.boeking (arrangement_id)`);
    await q.query(`CREATE FUNCTION oja.alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%.% is alleen aan te vullen: wijzigen en verwijderen kan niet', TG_TABLE_SCHEMA, TG_TABLE_NAME;
      END $$`);
    await q.query(`CREATE TRIGGER boeking_onveranderlijk BEFORE UPDATE OR DELETE ON oja.boeking FOR EACH ROW EXECUTE FUNCTION oja.alleen_toevoegen()`);

    await q.query(`CREATE TABLE oja.deelname (
      id uuid PRIMARY KEY,
      arrangement_id uuid NOT NULL REFERENCES oja.arrangement (id),
      swv text NOT NULL,
      type_code text NOT NULL,
      voorziening text NOT NULL,
      gemeente text NOT NULL,
      leerling_id uuid NOT NULL,
      van date NOT NULL,
      tot date,
      resultaat text,
      resultaat_op date
    )`);
    await q.query(`CREATE INDEX deelname_periode ON oja.deelname (swv, van, tot)`);
    await q.query(`CREATE INDEX deelname_arrangement ON oja.deelname (arrangement_id)`);

    await q.query(`CREATE TABLE oja.budget (
      swv text NOT NULL,
      betaler text NOT NULL,
      budgetperiode text NOT NULL CHECK (budgetperiode ~ '^[0-9]{4}(-[0-9]{4})?$'),
      bedrag_cent bigint NOT NULL CHECK (bedrag_cent >= 0),
      versie integer NOT NULL DEFAULT 1,
      gewijzigd_op timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (swv, betaler, budgetperiode)
    )`);

    await q.query(`CREATE TABLE oja.kwartaalrapportage (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      jaar integer NOT NULL,
      kwartaal integer NOT NULL CHECK (kwartaal BETWEEN 1 AND 4),
      vastgesteld_op date NOT NULL,
      vastgesteld_tijd timestamptz NOT NULL DEFAULT now(),
      regel_versie text NOT NULL,
      inhoud jsonb NOT NULL,
      UNIQUE (swv, jaar, kwartaal)
    )`);
    await q.query(`CREATE TRIGGER kwartaalrapportage_onveranderlijk BEFORE UPDATE OR DELETE ON oja.kwartaalrapportage FOR EACH ROW EXECUTE FUNCTION oja.alleen_toevoegen()`);

    for (const sql of [...auditTablesSql('oja'), ...messagingTablesSql('oja'), ...deadlineTablesSql('oja')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oja.recurring_occurrence, oja.recurring_moment, oja.deadline_warning, oja.deadline`);
    await q.query(`DROP TABLE oja.inbox, oja.outbox, oja.toegangslog, oja.audit_trail`);
    await q.query(`DROP TABLE oja.kwartaalrapportage, oja.budget, oja.deelname, oja.boeking, oja.werkvoorraad_teller, oja.arrangement, oja.leerling`);
    await q.query(`DROP FUNCTION oja.alleen_toevoegen(), oja.werkvoorraad_teller_bij()`);
  }
}
