import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTablesSql } from '@pao/platform';
import { dropMessagingTablesSql, messagingTablesSql } from '@pao/messaging';

/**
 * The notificaties schema: subscriptions, the gemeente view of every event received for
 * one (the body that is delivered and what `dataref` serves), one delivery per
 * (subscription, event) with its schedule, every attempt, and inbox, audit and access log.
 */
export class NotificatiesSchema1765000000000 implements MigrationInterface {
  name = 'NotificatiesSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesSql('notificaties')) await q.query(sql);
    for (const sql of auditTablesSql('notificaties')) await q.query(sql);

    await q.query(`CREATE TABLE notificaties.abonnement (
      id uuid PRIMARY KEY,
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      organisatie text NOT NULL,
      aangemaakt_door text NOT NULL,
      callback_url text NOT NULL,
      auth_versleuteld text,
      kanalen jsonb NOT NULL,
      gemeenten text[] NOT NULL CHECK (cardinality(gemeenten) > 0),
      geheim_versleuteld text NOT NULL,
      vorig_geheim_versleuteld text,
      vorig_geheim_geldig_tot timestamptz,
      status text NOT NULL CHECK (status IN ('actief', 'falend', 'opgezegd')),
      max_gelijktijdig integer NOT NULL CHECK (max_gelijktijdig BETWEEN 1 AND 64),
      opeenvolgende_fouten integer NOT NULL DEFAULT 0,
      falend_sinds timestamptz,
      gepauzeerd_tot timestamptz,
      falend_gemeld_op timestamptz,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      gewijzigd_op timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX abonnement_swv ON notificaties.abonnement (swv, status)`);
    await q.query(`CREATE INDEX abonnement_gemeenten ON notificaties.abonnement USING gin (gemeenten) WHERE status <> 'opgezegd'`);

    // Ids, codes and dates only: the gemeente view of the catalogue (no pupil).
    await q.query(`CREATE TABLE notificaties.gebeurtenis (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      swv text NOT NULL,
      gemeente text NOT NULL,
      subject text NOT NULL,
      tijd timestamptz NOT NULL,
      inhoud json NOT NULL, -- json, not jsonb: kept byte for byte as delivered and signed
      ontvangen_op timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX gebeurtenis_ontvangen ON notificaties.gebeurtenis (ontvangen_op)`);

    // id is also the order of arrival: per (abonnement, subject) the lowest waiting id goes first.
    await q.query(`CREATE TABLE notificaties.bezorging (
      id bigserial PRIMARY KEY,
      abonnement_id uuid NOT NULL REFERENCES notificaties.abonnement (id),
      gebeurtenis_id uuid NOT NULL REFERENCES notificaties.gebeurtenis (id),
      subject text NOT NULL,
      event_type text NOT NULL,
      status text NOT NULL CHECK (status IN ('wachtend', 'bezorgd', 'opgegeven')),
      pogingen integer NOT NULL DEFAULT 0,
      volgende_poging_op timestamptz NOT NULL,
      eerste_fout_op timestamptz,
      lease_tot timestamptz,
      lease_eigenaar text,
      laatste_uitkomst text,
      laatste_statuscode integer,
      bezorgd_op timestamptz,
      aangemaakt_op timestamptz NOT NULL,
      UNIQUE (abonnement_id, gebeurtenis_id)
    )`);
    await q.query(`CREATE INDEX bezorging_wachtend ON notificaties.bezorging (abonnement_id, id) WHERE status = 'wachtend'`);
    await q.query(`CREATE INDEX bezorging_wachtend_subject ON notificaties.bezorging (abonnement_id, subject, id) WHERE status = 'wachtend'`);
    await q.query(`CREATE INDEX bezorging_lease ON notificaties.bezorging (abonnement_id, lease_tot) WHERE lease_tot IS NOT NULL`);
    await q.query(`CREATE INDEX bezorging_abonnement_tijd ON notificaties.bezorging (abonnement_id, aangemaakt_op)`);
    await q.query(`CREATE INDEX bezorging_gebeurtenis ON notificaties.bezorging (gebeurtenis_id)`);

    await q.query(`CREATE TABLE notificaties.poging (
      id bigserial PRIMARY KEY,
      bezorging_id bigint NOT NULL REFERENCES notificaties.bezorging (id) ON DELETE CASCADE,
      abonnement_id uuid NOT NULL,
      gebeurtenis_id uuid NOT NULL,
      event_type text NOT NULL,
      nummer integer NOT NULL,
      gestart_op timestamptz NOT NULL,
      duur_ms integer NOT NULL,
      uitkomst text NOT NULL CHECK (uitkomst IN ('bezorgd', 'http-fout', 'time-out', 'netwerkfout', 'geweigerd')),
      statuscode integer,
      antwoord_fragment text CHECK (length(antwoord_fragment) <= 200),
      fout text,
      volgende_poging_op timestamptz
    )`);
    await q.query(`CREATE INDEX poging_abonnement_tijd ON notificaties.poging (abonnement_id, gestart_op DESC, id DESC)`);
    await q.query(`CREATE INDEX poging_gebeurtenis ON notificaties.poging (gebeurtenis_id)`);
    await q.query(`CREATE INDEX poging_bezorging ON notificaties.poging (bezorging_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['poging', 'bezorging', 'gebeurtenis', 'abonnement', 'toegangslog', 'audit_trail']) await q.query(`DROP TABLE IF EXISTS notificaties.${t}`);
    for (const sql of dropMessagingTablesSql('notificaties')) await q.query(sql);
  }
}
