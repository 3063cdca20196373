import { type EntityManager } from 'typeorm';
import { type Swv } from '../domain';

/** The audit trail of one object (beheerder): who changed what, when, old and new. */
export async function auditTrail(m: EntityManager, swv: Swv, objectId: string, limit: number) {
  const items: Array<Record<string, unknown> & { tijdstip: Date }> = await m.query(
    `SELECT id::text, tijdstip, actor_id AS "actorId", rol, organisatie, actie, object_type AS "objectType", object_id AS "objectId",
            oud, nieuw, reden, correlation_id AS "correlationId"
     FROM toeleiding.audit_trail WHERE swv = $1 AND object_id = $2 ORDER BY id LIMIT $3`,
    [swv, objectId, limit],
  );
  return { items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() })) };
}

/** Who looked at one object (beheerder). */
export async function toegangslog(m: EntityManager, swv: Swv, objectId: string, limit: number) {
  const items: Array<Record<string, unknown> & { tijdstip: Date }> = await m.query(
    `SELECT id::text, tijdstip, actor_id AS "actorId", rol, organisatie, handeling, object_type AS "objectType", object_id AS "objectId",
            doel, correlation_id AS "correlationId"
     FROM toeleiding.toegangslog WHERE swv = $1 AND object_id = $2 ORDER BY id LIMIT $3`,
    [swv, objectId, limit],
  );
  return { items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() })) };
}
