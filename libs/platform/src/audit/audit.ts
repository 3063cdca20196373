import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '../logging/correlation';
import type { Actor } from '../auth/actor';

/**
 * Accountability (NEN 7513 style): every change in an audit trail (who, role, on whose
 * behalf, when, old and new values, reason) and every read of a pupil's data in an
 * access log. Each service keeps both in its own schema, written in the same
 * transaction as the change.
 */
export function auditTablesSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".audit_trail (
      id bigserial PRIMARY KEY,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      swv text NOT NULL,
      actor_id text NOT NULL,
      rol text NOT NULL,
      organisatie text NOT NULL,
      actie text NOT NULL,
      object_type text NOT NULL,
      object_id text NOT NULL,
      oud jsonb,
      nieuw jsonb,
      reden text,
      correlation_id text
    )`,
    `CREATE INDEX audit_trail_object ON "${schema}".audit_trail (object_type, object_id, id)`,
    `CREATE INDEX audit_trail_swv_tijd ON "${schema}".audit_trail (swv, tijdstip DESC)`,
    `CREATE TABLE "${schema}".toegangslog (
      id bigserial PRIMARY KEY,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      swv text NOT NULL,
      actor_id text NOT NULL,
      rol text NOT NULL,
      organisatie text NOT NULL,
      handeling text NOT NULL CHECK (handeling IN ('raadplegen', 'zoeken', 'exporteren')),
      object_type text NOT NULL,
      object_id text,
      doel text NOT NULL,
      correlation_id text
    )`,
    `CREATE INDEX toegangslog_object ON "${schema}".toegangslog (object_type, object_id, id)`,
    `CREATE INDEX toegangslog_swv_tijd ON "${schema}".toegangslog (swv, tijdstip DESC)`,
  ];
}

export interface AuditEntry {
  actie: string;
  objectType: string;
  objectId: string;
  oud?: unknown;
  nieuw?: unknown;
  reden?: string;
}

export async function recordAudit(manager: EntityManager, schema: string, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  await recordAuditEntries(
    manager,
    schema,
    list.map((e) => ({ ...e, actor })),
  );
}

/** An audit entry with its own actor and correlation id: a batch of changes by several actors (per SWV) in one insert. */
export interface AttributedAuditEntry extends AuditEntry {
  actor: Actor;
  /** Default: the current correlation id. */
  correlationId?: string;
}

/** Many audit entries in one statement; `recordAudit` is the case of one actor. */
export async function recordAuditEntries(manager: EntityManager, schema: string, entries: readonly AttributedAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const col = <T>(f: (e: AttributedAuditEntry) => T) => entries.map(f);
  // One row of arrays, whatever the number of entries (no limit on bind parameters).
  await manager.query(
    `INSERT INTO "${schema}".audit_trail (swv, actor_id, rol, organisatie, actie, object_type, object_id, oud, nieuw, reden, correlation_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::text[], $11::text[])`,
    [
      col((e) => e.actor.swv),
      col((e) => e.actor.id),
      col((e) => e.actor.rol),
      col((e) => e.actor.organisatie),
      col((e) => e.actie),
      col((e) => e.objectType),
      col((e) => e.objectId),
      col((e) => (e.oud === undefined ? null : JSON.stringify(e.oud))),
      col((e) => (e.nieuw === undefined ? null : JSON.stringify(e.nieuw))),
      col((e) => e.reden ?? null),
      col((e) => e.correlationId ?? currentCorrelationId() ?? null),
    ],
  );
}

export interface AccessEntry {
  handeling: 'raadplegen' | 'zoeken' | 'exporteren';
  objectType: string;
  objectId?: string;
  doel: string;
}

export async function recordAccess(manager: EntityManager, schema: string, actor: Actor, entry: AccessEntry): Promise<void> {
  await manager.query(
    `INSERT INTO "${schema}".toegangslog (swv, actor_id, rol, organisatie, handeling, object_type, object_id, doel, correlation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [actor.swv, actor.id, actor.rol, actor.organisatie, entry.handeling, entry.objectType, entry.objectId ?? null, entry.doel, currentCorrelationId() ?? null],
  );
}
