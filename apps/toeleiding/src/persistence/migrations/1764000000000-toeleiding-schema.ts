import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTablesSql } from '@pao/platform';
import { messagingTablesSql } from '@pao/messaging';
import { deadlineTablesSql } from '@pao/deadlines';

/**
 * The toeleiding schema: the TLV case (state as jsonb plus the columns the werkvoorraad,
 * the "valid on date X" query and the telling filter and sort on), pupils' identifiers
 * kept apart from the cases, the school register, tellingen, audit, access log, outbox
 * and inbox, and the deadline engine's rows.
 */
export class ToeleidingSchema1764000000000 implements MigrationInterface {
  name = 'ToeleidingSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE toeleiding.bevoegd_gezag (
      id uuid PRIMARY KEY,
      bestuursnummer text NOT NULL UNIQUE,
      naam text NOT NULL
    )`);
    await q.query(`CREATE TABLE toeleiding.school (
      id uuid PRIMARY KEY,
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      brin text NOT NULL,
      naam text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('regulier', 'SBO', 'SO', 'VSO', 'PrO')),
      plaats text,
      bevoegd_gezag_id uuid NOT NULL REFERENCES toeleiding.bevoegd_gezag (id),
      UNIQUE (swv, brin)
    )`);
    // The only place a BSN or onderwijsnummer lives: encrypted, found by a keyed hash.
    // Cases refer to the id; the pseudonymous id is also the leerlingId of events.
    await q.query(`CREATE TABLE toeleiding.leerling (
      id uuid PRIMARY KEY,
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      soort text NOT NULL CHECK (soort IN ('bsn', 'onderwijsnummer')),
      nummer_hash text NOT NULL,
      nummer_versleuteld text NOT NULL,
      weergave text NOT NULL,
      gemeente text NOT NULL CHECK (gemeente ~ '^GM[0-9]{4}$'),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (swv, nummer_hash)
    )`);
    await q.query(`CREATE TABLE toeleiding.aanvraag (
      id uuid PRIMARY KEY,
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      versie integer NOT NULL,
      state jsonb NOT NULL,
      leerling_id uuid NOT NULL REFERENCES toeleiding.leerling (id),
      status text NOT NULL,
      uitvoering text,
      school_id uuid NOT NULL,
      bevoegd_gezag_id uuid NOT NULL,
      soort text,
      aangemaakt_op date NOT NULL,
      ingediend_op date,
      besluit_op date,
      bekendgemaakt_op date,
      open boolean NOT NULL,
      volgende_stap_partij text,
      volgende_stap_actie text,
      volgende_termijn_soort text,
      volgende_termijn_op date,
      tlv_id uuid,
      tlv_soort text,
      tlv_ingang date,
      tlv_einddatum date,
      tlv_geldig_tot date,
      plaatsing_school_id uuid,
      plaatsing_datum date,
      wachtdagen integer,
      verlenging_van uuid,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()
    )`);
    // Werkvoorraad: open cases of one SWV, nearest deadline first (or newest submission).
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_termijn ON toeleiding.aanvraag (swv, volgende_termijn_op, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_ingediend ON toeleiding.aanvraag (swv, ingediend_op DESC, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_werkvoorraad_partij ON toeleiding.aanvraag (swv, volgende_stap_partij, volgende_termijn_op, id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_swv_status ON toeleiding.aanvraag (swv, status, volgende_termijn_op)`);
    await q.query(`CREATE INDEX aanvraag_swv_school ON toeleiding.aanvraag (swv, school_id)`);
    // TLVs valid on a date, the telling and the bulk einddatum change.
    await q.query(`CREATE INDEX aanvraag_tlv_geldig ON toeleiding.aanvraag (swv, tlv_ingang, tlv_geldig_tot) WHERE tlv_id IS NOT NULL`);
    await q.query(`CREATE INDEX aanvraag_tlv_einddatum ON toeleiding.aanvraag (swv, tlv_einddatum) WHERE tlv_id IS NOT NULL`);
    await q.query(`CREATE INDEX aanvraag_besluit_op ON toeleiding.aanvraag (swv, besluit_op) WHERE besluit_op IS NOT NULL`);
    await q.query(`CREATE INDEX aanvraag_leerling ON toeleiding.aanvraag (leerling_id)`);

    await q.query(`CREATE TABLE toeleiding.telling (
      id uuid PRIMARY KEY,
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      teldatum date NOT NULL,
      soorten text[] NOT NULL,
      totaal_geldige_tlvs integer NOT NULL,
      totaal_plaatsingen integer NOT NULL,
      vastgesteld_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (swv, teldatum)
    )`);
    await q.query(`CREATE TABLE toeleiding.telling_regel (
      telling_id uuid NOT NULL REFERENCES toeleiding.telling (id) ON DELETE CASCADE,
      school_id uuid NOT NULL,
      soort text NOT NULL,
      geldige_tlvs integer NOT NULL,
      plaatsingen integer NOT NULL,
      PRIMARY KEY (telling_id, school_id, soort)
    )`);

    for (const sql of auditTablesSql('toeleiding')) await q.query(sql);
    for (const sql of messagingTablesSql('toeleiding')) await q.query(sql);
    for (const sql of deadlineTablesSql('toeleiding')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE toeleiding.recurring_occurrence, toeleiding.recurring_moment, toeleiding.deadline_warning, toeleiding.deadline`);
    await q.query(`DROP TABLE toeleiding.inbox, toeleiding.outbox, toeleiding.toegangslog, toeleiding.audit_trail`);
    await q.query(`DROP TABLE toeleiding.telling_regel, toeleiding.telling, toeleiding.aanvraag, toeleiding.leerling, toeleiding.school, toeleiding.bevoegd_gezag`);
  }
}
