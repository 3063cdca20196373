import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTablesSql } from '@pao/platform';

export class AccountsAndSessions1763900000000 implements MigrationInterface {
  name = 'AccountsAndSessions1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.account (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gebruikersnaam text NOT NULL UNIQUE,
      wachtwoord_hash text,
      rol text NOT NULL CHECK (rol IN ('consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder')),
      swv text NOT NULL CHECK (swv IN ('PO', 'VO')),
      organisatie text NOT NULL,
      weergavenaam text NOT NULL,
      extern_subject text UNIQUE,
      actief boolean NOT NULL DEFAULT true,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    )`);
    // The session id itself is never stored: only its SHA-256.
    await q.query(`CREATE TABLE gateway.sessie (
      id_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES gateway.account(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      laatst_gebruikt_op timestamptz NOT NULL DEFAULT now(),
      verloopt_op timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX sessie_verloopt ON gateway.sessie (verloopt_op)`);
    for (const sql of auditTablesSql('gateway')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.toegangslog, gateway.audit_trail, gateway.sessie, gateway.account`);
  }
}
