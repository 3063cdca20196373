import { deadlineTablesSql } from '@pao/deadlines';
import { messagingTablesSql } from '@pao/messaging';
import { auditTablesSql } from '@pao/platform';
import { leerlingTabelSql, zaakTabelSql } from '@pao/zaak';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { PROJECTIE_DDL } from '../projectie-kolommen';

/**
 * The overdracht schema: the school register (incl. MBO), cohorts, pupils (number
 * encrypted, kit table), one case per pupil per transfer with the columns the cohort
 * board, the nazorg list and the figures filter on, this service's own projection of
 * toeleiding's events, import reports, and the kit's audit, access log, outbox, inbox
 * and deadline tables.
 */
export class OverdrachtSchema1765000000000 implements MigrationInterface {
  name = 'OverdrachtSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE overdracht.school (
      id uuid PRIMARY KEY,
      brin text NOT NULL UNIQUE,
      naam text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('po', 'sbo', 'so', 'vo', 'pro', 'vso', 'mbo')),
      swv text,
      plaats text
    )`);
    await q.query(`CREATE TABLE overdracht.cohort (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      schooljaar text NOT NULL CHECK (schooljaar ~ '^[0-9]{4}-[0-9]{4}$'),
      verzendende_school_id uuid NOT NULL REFERENCES overdracht.school (id),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (swv, schooljaar, verzendende_school_id)
    )`);
    for (const sql of leerlingTabelSql('overdracht')) await q.query(sql);
    for (const sql of zaakTabelSql('overdracht', 'overdracht', PROJECTIE_DDL)) await q.query(sql);
    // A pupil is in at most one cohort of a school year of an SWV (a duplicate import is refused).
    await q.query(`CREATE UNIQUE INDEX overdracht_leerling_jaar_uq ON overdracht.overdracht (swv, schooljaar, leerling_id)`);
    // The cohort board: open cases first, by their next date, a page at a time (no sort).
    await q.query(`CREATE INDEX overdracht_cohort_idx ON overdracht.overdracht (cohort_id, open DESC, volgende_datum NULLS LAST, id)`);
    await q.query(`CREATE INDEX overdracht_verzendend_idx ON overdracht.overdracht (swv, schooljaar, verzendende_school_id)`);
    await q.query(`CREATE INDEX overdracht_nazorg_idx ON overdracht.overdracht (swv, ontvangende_school_id, startdatum) WHERE status = 'geplaatst'`);
    // The calendar dates a case declares: a passing date acts on exactly these cases.
    await q.query(`CREATE INDEX overdracht_termijn_sleutels_idx ON overdracht.overdracht USING gin (termijn_sleutels)`);
    await q.query(`CREATE INDEX overdracht_steunpunt_idx ON overdracht.overdracht (swv, volgende_datum) WHERE regie = 'steunpunt' OR status = 'steunpunt'`);
    // What toeleiding's events said per aanvraag (our own projection; never its tables),
    // and which overdrachten are linked to an aanvraag.
    await q.query(`CREATE TABLE overdracht.toeleiding_aanvraag (
      aanvraag_id uuid PRIMARY KEY,
      swv text NOT NULL,
      school_id uuid,
      soort text,
      stand text NOT NULL CHECK (stand IN ('aangevraagd', 'niet-toelaatbaar', 'afgegeven', 'beeindigd')),
      tlv_id uuid,
      datum date NOT NULL,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE overdracht.toeleiding_koppeling (
      aanvraag_id uuid NOT NULL,
      overdracht_id uuid NOT NULL REFERENCES overdracht.overdracht (id),
      PRIMARY KEY (aanvraag_id, overdracht_id)
    )`);
    // One row per import: what was refused by row and field (never the values).
    await q.query(`CREATE TABLE overdracht.cohort_import (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      cohort_id uuid NOT NULL REFERENCES overdracht.cohort (id),
      actor_id text NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      rijen integer NOT NULL,
      geimporteerd integer NOT NULL,
      geweigerd jsonb NOT NULL
    )`);
    for (const sql of [...auditTablesSql('overdracht'), ...messagingTablesSql('overdracht'), ...deadlineTablesSql('overdracht')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SCHEMA overdracht CASCADE');
    await q.query('CREATE SCHEMA overdracht');
  }
}
